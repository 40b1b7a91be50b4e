// The hidden way into staff mode: hold this corner (over the festival logo) for 3 seconds.
// A passive tap handler: short taps still reach whatever lies underneath.
import QtQuick
import Gerai

Item {
    id: gesture
    property real holdSeconds: 3.0
    signal triggered()
    width: Theme.touch * 1.8
    height: Theme.touch * 1.3

    TapHandler {
        objectName: "staffHold"
        gesturePolicy: TapHandler.DragThreshold
        longPressThreshold: gesture.holdSeconds
        onLongPressed: gesture.triggered()
    }
}
