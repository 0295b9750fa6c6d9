/// Reconnect delays: doubling from `initial` to `maximum`, with jitter so a fleet of workers
/// that lost the same database does not reconnect in lockstep.
public struct Backoff: Sendable {
    public var initial: Duration
    public var maximum: Duration
    /// The share of the doubled delay actually waited, drawn at random from this range. A
    /// one-point range makes the delays reproducible (the dispatcher's simulation tests).
    public var jitter: ClosedRange<Double>
    private var failures = 0

    public init(initial: Duration = .milliseconds(100), maximum: Duration = .seconds(10), jitter: ClosedRange<Double> = 0.5...1.0) {
        self.initial = initial
        self.maximum = maximum
        self.jitter = jitter
    }

    /// The delay before the next try; each call counts one more failure.
    public mutating func next() -> Duration {
        let exponent = min(failures, 30)
        failures += 1
        let base = min(initial * (1 << exponent), maximum)
        return base * (jitter.lowerBound == jitter.upperBound ? jitter.lowerBound : Double.random(in: jitter))
    }

    public mutating func reset() { failures = 0 }
}
