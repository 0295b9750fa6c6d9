import ArgumentParser
import Queue

/// How long finished jobs are kept: shared by `run` (the worker's cleaner) and `prune`. Every
/// part is off unless given: nothing is ever deleted by default.
struct RetentionOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Drop the payload (the page) of done jobs this many days after they finished; the job and its article stay, but it can no longer be reprocessed.", valueName: "days"))
    var retainPayloadDays: Double?

    @Option(help: ArgumentHelp("Delete done jobs, with their articles and article history, this many days after they finished (at least the duplicate window).", valueName: "days"))
    var retainDoneDays: Double?

    @Option(help: ArgumentHelp("Delete failed, dead and cancelled jobs this many days after they finished (at least the duplicate window).", valueName: "days"))
    var retainFailedDays: Double?

    func validate() throws {
        for (value, name) in [(retainPayloadDays, "retain-payload-days"), (retainDoneDays, "retain-done-days"),
                              (retainFailedDays, "retain-failed-days")] {
            if let value, !(value > 0 && value.isFinite) { throw ValidationError("--\(name) must be a positive number of days") }
        }
    }

    var policy: RetentionPolicy {
        func age(_ days: Double?) -> Duration? { days.map { .seconds($0 * 86400) } }
        return RetentionPolicy(payloadAge: age(retainPayloadDays), doneAge: age(retainDoneDays), failedAge: age(retainFailedDays))
    }

    /// Refuses a policy that would delete articles new ones may still be linked to.
    func check(duplicateWindowHours: Double) throws {
        if let conflict = policy.conflict(withDuplicateWindow: .seconds(duplicateWindowHours * 3600)) {
            throw ValidationError(conflict)
        }
    }
}
