/// A page whose prose-driven body is this short may be a listing (a grid of teaser cards): the
/// container is chosen again counting teaser titles, and the longer body wins. On WCXB 80, 150
/// and 300 words lift listings from 0.50 to 0.57-0.60 shingle F1 and leave articles unchanged.
enum ListingFallback {
    static let minimumBodyWords = 300
}
