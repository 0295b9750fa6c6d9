extension Duration {
    /// The duration in seconds, for rates and averages.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
