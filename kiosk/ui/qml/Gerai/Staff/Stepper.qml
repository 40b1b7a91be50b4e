// A number staff change with big − and + keys (no fiddly sliders), within its bounds.
import QtQuick
import QtQuick.Layouts
import Gerai

RowLayout {
    id: stepper
    property int value: 0
    property int from: 0
    property int to: 100
    property int step: 10
    property string unit: ""
    signal changed(int value)
    spacing: Theme.gap

    KButton {
        objectName: stepper.objectName + "Minus"
        kind: "secondary"
        text: "−"
        fontSize: Theme.heading
        implicitWidth: Theme.touch * 1.2
        enabled: stepper.value > stepper.from
        onClicked: stepper.changed(Math.max(stepper.from, stepper.value - stepper.step))
    }
    BodyText {
        objectName: stepper.objectName + "Value"
        Layout.preferredWidth: Theme.touch * 2.4
        horizontalAlignment: Text.AlignHCenter
        text: stepper.value + stepper.unit
        font.pixelSize: Theme.heading
        font.weight: Font.Bold
    }
    KButton {
        objectName: stepper.objectName + "Plus"
        kind: "secondary"
        text: "+"
        fontSize: Theme.heading
        implicitWidth: Theme.touch * 1.2
        enabled: stepper.value < stepper.to
        onClicked: stepper.changed(Math.min(stepper.to, stepper.value + stepper.step))
    }
}
