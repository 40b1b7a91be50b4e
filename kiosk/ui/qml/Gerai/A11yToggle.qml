// A big on/off switch for the accessibility panel: the whole row is the target.
import QtQuick

KButton {
    id: toggle
    property bool checked: false
    kind: checked ? "primary" : "secondary"
    Accessible.checkable: true
    Accessible.checked: checked
    text: (checked ? "✓ " : "") + label
    property string label: ""
}
