// The three languages side by side, each named in itself (never translated): the
// visitor sees at once that Basa Banyumasan and English are there. The current one is
// filled and ticked (not marked by colour alone); screen readers hear a radio group.
pragma ComponentBehavior: Bound
import QtQuick
import Gerai

Row {
    id: picker
    objectName: "languagePicker"
    spacing: Theme.gap / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: "Bahasa / Language / Basa"
    // On the coloured top bar the current language is the accent colour, elsewhere primary.
    property string currentKind: "primary"

    Repeater {
        model: [
            { code: "id", name: "Bahasa Indonesia" },
            { code: "en", name: "English" },
            { code: "bms", name: "Basa Banyumasan" }
        ]
        delegate: KButton {
            id: choice
            required property var modelData
            readonly property bool current: VisitorFlow.lang === modelData.code
            objectName: "lang_" + modelData.code
            kind: current ? picker.currentKind : "secondary"
            fontSize: Theme.small
            text: (current ? "✓ " : "") + modelData.name
            Accessible.role: Accessible.RadioButton
            Accessible.name: modelData.name
            Accessible.checkable: true
            Accessible.checked: current
            onClicked: VisitorFlow.setLang(modelData.code)
        }
    }
}
