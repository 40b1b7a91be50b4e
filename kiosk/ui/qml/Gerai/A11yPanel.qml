// The accessibility panel: big switches a visitor flips without help. Python holds the state.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Gerai

Popup {
    id: panel
    modal: true
    focus: true
    visible: A11y.panelOpen
    onClosed: A11y.setPanelOpen(false)
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - Theme.margin * 2 : 900, Theme.touch * 9)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.reducedMotion ? 0 : 150 } }
    background: Rectangle {
        color: Theme.background
        radius: Theme.radius
        border.width: Theme.focusWidth
        border.color: Theme.text
    }

    contentItem: ColumnLayout {
        objectName: "a11yPanel"
        spacing: Theme.gap
        Heading {
            Layout.fillWidth: true
            text: qsTr("Accessibility")
        }
        A11yToggle {
            objectName: "largeTextToggle"
            Layout.fillWidth: true
            label: qsTr("Large text")
            checked: A11y.largeText
            onClicked: A11y.setLargeText(!A11y.largeText)
        }
        A11yToggle {
            objectName: "highContrastToggle"
            Layout.fillWidth: true
            label: qsTr("High contrast")
            checked: A11y.highContrast
            onClicked: A11y.setHighContrast(!A11y.highContrast)
        }
        A11yToggle {
            objectName: "reducedMotionToggle"
            Layout.fillWidth: true
            label: qsTr("Reduce motion")
            checked: A11y.reducedMotion
            onClicked: A11y.setReducedMotion(!A11y.reducedMotion)
        }
        KButton {
            objectName: "readAloudButton"
            visible: A11y.speechAvailable
            Layout.fillWidth: true
            kind: "accent"
            text: qsTr("Read this screen aloud")
            onClicked: A11y.readAloud()
        }
        // Not offered when it would not be heard (no engine, no voice, no audio output):
        // staff see why on the dashboard.
        BodyText {
            objectName: "readAloudUnavailable"
            visible: !A11y.speechAvailable
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Read-aloud is not available")
        }
        KButton {
            objectName: "a11yCloseButton"
            Layout.fillWidth: true
            kind: "quiet"
            text: qsTr("Close")
            onClicked: A11y.setPanelOpen(false)
        }
    }
}
