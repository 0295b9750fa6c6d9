/// IPTC Media Topics (top level) and word stems that signal them, written by us. A stem matches any
/// word that starts with it, so "elect" covers "election", "elected" and "electoral".
enum TopicLexicon {
    struct Topic: Sendable {
        let code: String
        let label: String
        let stems: [String]
    }

    static let topics: [Topic] = [
        .init(code: "medtop:01000000", label: "arts, culture, entertainment and media", stems: [
            "film", "movie", "music", "album", "song", "singer", "concert", "theatre", "theater", "artist",
            "painting", "museum", "novel", "poet", "celebrit", "festival", "actor", "actress", "k-pop",
            "band", "guitar", "television", "cinema", "exhibition", "gallery", "documentary", "debut", "tour"]),
        .init(code: "medtop:02000000", label: "crime, law and justice", stems: [
            "police", "arrest", "court", "judge", "trial", "prosecut", "crime", "criminal", "murder", "theft",
            "fraud", "lawsuit", "sentenc", "prison", "jail", "convict", "lawyer", "attorney", "verdict",
            "illegal", "smuggl", "investigat", "law enforcement", "sanction", "violation", "suspect", "guilty"]),
        .init(code: "medtop:03000000", label: "disaster, accident and emergency incident", stems: [
            "earthquake", "flood", "wildfire", "hurricane", "typhoon", "tsunami", "disaster", "accident",
            "crash", "collapse", "rescue", "casualt", "evacuat", "explosion", "landslide", "emergency", "victim"]),
        .init(code: "medtop:04000000", label: "economy, business and finance", stems: [
            "econom", "market", "invest", "inflation", "trade", "tariff", "bank", "stock", "share", "profit",
            "revenue", "compan", "business", "industr", "export", "import", "gdp", "currenc", "price", "budget",
            "tax", "financ", "labour", "labor", "workers", "employ", "startup", "merger", "growth", "construction"]),
        .init(code: "medtop:05000000", label: "education", stems: [
            "school", "universit", "student", "teacher", "education", "curriculum", "campus", "exam",
            "college", "academic", "tuition", "graduat", "classroom", "pupil", "lecture", "scholarship"]),
        .init(code: "medtop:06000000", label: "environment", stems: [
            "climate", "emission", "pollut", "environment", "biodiversit", "conservation", "renewable",
            "carbon", "deforest", "wildlife", "recycl", "greenhouse", "species", "ecosystem", "sustainab"]),
        .init(code: "medtop:07000000", label: "health", stems: [
            "health", "hospital", "disease", "virus", "vaccin", "patient", "doctor", "medical", "medicine",
            "outbreak", "infect", "cancer", "epidemic", "pandemic", "symptom", "clinic", "nurse", "cough",
            "treatment", "drug", "mental health"]),
        .init(code: "medtop:08000000", label: "human interest", stems: [
            "birthday", "anniversar", "wedding", "celebrat", "heartwarming", "reunion", "pet", "animal"]),
        .init(code: "medtop:09000000", label: "labour", stems: [
            "labour", "labor", "worker", "employment", "unemploy", "wage", "union", "strike", "migrant",
            "job", "workforce", "labourer", "laborer", "pension", "hiring"]),
        .init(code: "medtop:10000000", label: "lifestyle and leisure", stems: [
            "travel", "tourism", "tourist", "recipe", "fashion", "restaurant", "holiday", "vacation", "hobby",
            "fitness", "garden", "cooking", "leisure"]),
        .init(code: "medtop:11000000", label: "politics", stems: [
            "minister", "government", "president", "parliament", "elect", "vote", "politic", "diplomat",
            "bilateral", "summit", "policy", "senator", "congress", "party", "campaign", "legislat", "cabinet",
            "sanction", "foreign", "treaty", "delegation", "regime", "ambassador", "talks", "state media",
            "prime minister", "opposition", "referendum", "reform", "commitment"]),
        .init(code: "medtop:12000000", label: "religion", stems: [
            "church", "religio", "mosque", "temple", "pope", "bishop", "faith", "prayer", "islam", "christian",
            "buddhis", "hindu", "jewish", "clergy", "worship"]),
        .init(code: "medtop:13000000", label: "science and technology", stems: [
            "scien", "research", "technolog", "software", "comput", "artificial intelligence", "robot",
            "internet", "digital", "space", "satellite", "physics", "chemistr", "biolog", "engineer",
            "innovation", "laborator", "experiment", "smartphone", "algorithm", "submarine", "cyber"]),
        .init(code: "medtop:14000000", label: "society", stems: [
            "communit", "famil", "poverty", "immigra", "migra", "refugee", "welfare", "equality", "gender",
            "discriminat", "housing", "social", "citizen", "population", "demograph", "nationals"]),
        .init(code: "medtop:15000000", label: "sport", stems: [
            "football", "soccer", "tennis", "olympic", "championship", "tournament", "league", "coach",
            "athlete", "basketball", "baseball", "cricket", "medal", "sport", "player", "stadium", "striker",
            "goalkeeper", "scored", "playoff", "rugby", "golf", "cyclist", "marathon", "referee"]),
        .init(code: "medtop:16000000", label: "conflict, war and peace", stems: [
            "war", "military", "troop", "army", "missile", "drone", "attack", "conflict", "weapon", "soldier",
            "invasion", "ceasefire", "defen", "security", "bomb", "strike", "combat", "prisoner", "intelligence",
            "nuclear", "deploy", "frontline", "offensive", "peace", "militant", "insurgen", "tension"]),
        .init(code: "medtop:17000000", label: "weather", stems: [
            "weather", "rain", "storm", "snow", "temperature", "heatwave", "forecast", "drought", "wind",
            "monsoon", "cyclone"]),
    ]
}
