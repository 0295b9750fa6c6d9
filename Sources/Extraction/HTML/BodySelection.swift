import HTMLParser
import TextCore

/// Keeps the container's good blocks in reading order: everything except boilerplate regions,
/// link lists, UI labels and the headline itself. Headings, list items and quotes stay as
/// paragraphs of their own.
enum BodySelection {
    static func paragraphs(_ outline: PageOutline, container: Int, title: String?) -> [String] {
        let nodes = outline.parsed.nodes
        let boilerplate = outline.boilerplateBelow(container)
        let normalisedTitle = title.map(normalise)
        var paragraphs: [String] = []
        for (block, feature) in zip(outline.parsed.blocks, outline.features) {
            let node = Int(block.node)
            guard outline.contains(container, node), !boilerplate[node] else { continue }
            let tag = nodes[node].tag
            if tag.isHeading, paragraphs.isEmpty, let normalisedTitle, normalise(block.text) == normalisedTitle { continue }
            guard keeps(block, feature, tag: tag, outline.tunables) else { continue }
            paragraphs.append(block.text)
        }
        return paragraphs
    }

    private static func keeps(_ block: TextBlock, _ feature: BlockFeatures, tag: HTMLTag, _ t: HTMLTunables) -> Bool {
        if feature.isLinkList && feature.words < t.droppedLinkListWords { return false }
        if feature.isProse || tag.isHeading { return true }
        if UILabels.isLabel(block.text) { return false }
        return feature.words >= t.minimumBlockWords || tag == .li || tag == .td
    }

    private static func normalise(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}

/// Interface text that sits inside article containers: share buttons, ad markers, prompts.
enum UILabels {
    static func isLabel(_ text: String) -> Bool {
        guard text.utf8.count < 60 else { return false }
        return BoilerplatePhrases.interfaceLabels.contains(TextMeasures.phraseKey(text))
            || BoilerplatePhrases.furnitureOpenings.anyPrefix(of: Array(text.lowercased().utf8))
    }
}
