/// Words written by us that tell what kind of name a capitalised sequence is.
enum NameCues {
    /// Capitalised titles that stand before a person's name ("Minister of State Security Ri Chang Dae").
    static let titles: Set<String> = [
        "President", "Vice", "Prime", "Minister", "Deputy", "Secretary", "Senator", "Sen", "Governor", "Gov",
        "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof",
        "Professor", "Sir", "Dame", "Lord", "Lady", "Judge", "Justice", "Chairman", "Chairwoman", "Director",
        "Ambassador", "Commissioner", "General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lieutenant",
        "Lt", "Sergeant", "Sgt", "Admiral", "Marshal", "Commander", "Chancellor", "Spokesman", "Spokeswoman",
        "Representative", "Rep", "Rev", "Reverend", "Bishop", "Archbishop", "Cardinal", "Sheikh", "Emir",
        "Speaker", "Premier", "CEO", "Coach", "Inspector", "Detective", "Saint", "Chief", "Head", "Senior",
        "Foreign", "Defence", "Defense", "Interior", "Finance", "Attorney", "Chairperson",
        "Congressman", "Congresswoman", "Councillor", "Councilman", "Superintendent", "Sultan", "Tsar", "Czar",
    ]

    /// Lower-case nouns that head a role phrase ("Russian security chief", "a Russia researcher at ...").
    static let roleHeads: Set<String> = [
        "chief", "minister", "president", "leader", "spokesman", "spokeswoman", "spokesperson", "researcher",
        "analyst", "official", "envoy", "director", "secretary", "head", "chairman", "chairwoman", "governor",
        "commander", "general", "ambassador", "professor", "expert", "economist", "lawyer", "attorney",
        "judge", "senator", "lawmaker", "mayor", "ceo", "executive", "founder", "manager", "coach", "player",
        "striker", "author", "writer", "journalist", "correspondent", "editor", "reporter", "actor",
        "actress", "singer", "artist", "diplomat", "adviser", "advisor", "officer", "member", "candidate",
        "scientist", "doctor", "activist", "prosecutor", "deputy", "premier", "negotiator", "strategist",
        "historian", "fellow", "teacher", "owner", "chancellor", "captain", "politician", "musician",
        "guitarist", "drummer", "vocalist", "composer", "producer", "president-elect", "king", "queen",
        "prince", "princess", "emperor", "footballer", "defender", "midfielder", "goalkeeper", "pitcher",
        "businessman", "businesswoman", "entrepreneur", "investor", "inventor", "engineer", "architect",
        "physician", "surgeon", "novelist", "poet", "painter", "photographer", "director-general",
        "commissioner", "lecturer", "specialist", "observer", "critic", "host", "presenter",
    ]

    /// Words that make a capitalised sequence an organisation wherever they stand in it.
    static let organizationWords: Set<String> = [
        "University", "College", "School", "Institute", "Academy", "Ministry", "Department", "Agency",
        "Bureau", "Office", "Council", "Committee", "Commission", "Parliament", "Congress", "Senate",
        "Assembly", "Court", "Party", "Association", "Society", "Federation", "Union", "League",
        "Organisation", "Organization", "Foundation", "Fund", "Trust", "Bank", "Group", "Company",
        "Corporation", "Corp", "Inc", "Ltd", "LLC", "PLC", "Holdings", "Industries", "Airlines", "Airways",
        "Motors", "Systems", "Technologies", "Media", "News", "Times", "Post", "Journal", "Press", "Network",
        "Club", "FC", "Army", "Navy", "Forces", "Police", "Guard", "Service", "Services", "Church",
        "Hospital", "Centre", "Center", "Records", "Studios", "Entertainment", "Orchestra", "Authority",
        "Board", "Institution", "Command", "Brigade", "Regiment", "Division", "Battalion", "Corps",
        "Cabinet", "Government", "Administration", "Directorate", "Secretariat", "Tribunal",
        "Exchange", "Reserve", "Insurance", "Partners", "Capital", "Pharmaceuticals", "Laboratories",
        "Labs", "Broadcasting", "Television", "Radio", "Magazine", "Gazette", "Herald", "Tribune",
        "Telegraph", "Review", "Games", "Olympics", "Cup", "Championship", "Team", "United", "Rovers",
        "Athletic", "Wanderers", "Brothers", "Bros", "Enterprises", "Alliance", "Coalition",
        "Movement", "Front", "Brotherhood", "Mission", "Programme", "Program", "Project", "Initiative",
        "Force", "Wing", "Squadron", "Fleet", "Laboratory", "Airline",
    ]

    /// Last words that make a capitalised sequence a location ("Sunan International Airport").
    static let locationSuffixes: Set<String> = [
        "Airport", "River", "Mountain", "Mountains", "Island", "Islands", "Lake", "Sea", "Ocean", "Valley",
        "County", "Province", "Prefecture", "District", "Street", "Road", "Avenue", "Square", "Bay", "Gulf",
        "Peninsula", "Region", "Desert", "Strait", "Straits", "Canal", "Coast", "Beach", "Park", "Bridge",
        "Station", "Hills", "Falls", "Harbour", "Harbor", "Port", "Town", "Village", "Oblast", "Krai",
        "Highway", "Boulevard", "Plaza", "Creek", "Forest", "Glacier", "Basin", "Plain", "Plains", "Heights",
        "Territory", "Territories", "Archipelago", "Cape", "Channel", "Reservoir", "Stadium", "Arena",
        "Plateau", "Junction", "Pass", "Springs", "Marsh", "Swamp", "Fjord", "Lagoon", "Delta", "Dam", "Cove",
        "Ridge", "Range", "Canyon", "Gorge", "Peak", "Volcano", "Mall", "Dock", "Docks", "Pier", "Wharf",
        "Playfield", "Playground", "Parish", "Borough", "Township", "Municipality", "Governorate", "Camp",
    ]

    /// Compass words that make the following name a region ("West Jersey", "South Jutland").
    static let compassWords: Set<String> = [
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
        "Lower", "Greater", "Northeast", "Northwest", "Southeast", "Southwest",
    ]

    /// First words that make a capitalised sequence a location ("Mount Everest", "Gulf of Aden").
    static let locationPrefixes: Set<String> = ["Mount", "Lake", "Fort", "Port", "Gulf", "Cape", "Isle", "Mt"]

    /// Lower-case words inside names ("Bank of America", "Leonardo da Vinci").
    static let connectors: Set<String> = ["of", "de", "da", "del", "della", "der", "van", "von", "du", "la", "le", "&", "bin", "al"]

    /// Prepositions after which an unknown name is most likely a place.
    static let locationPrepositions: Set<String> = ["in", "at", "near", "outside", "across", "throughout", "into", "towards", "toward"]
}
