/// The release this build is, in one place: `newsdesk --version` prints it, the worker can
/// report it (e.g. a `build_info` metric), and a test keeps it equal to the newest heading in
/// CHANGELOG.md. Bump both together when cutting a release.
public enum NewsdeskVersion {
    public static let current = "0.9.0"
}
