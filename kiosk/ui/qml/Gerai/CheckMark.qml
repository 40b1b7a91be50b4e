// A big round tick that pops in: the moment a vote is confirmed.
import QtQuick
import Gerai

Rectangle {
    id: mark
    objectName: "checkMark"
    property color tickColor: Theme.onSuccess
    radius: width / 2
    color: Theme.success

    Canvas {
        id: tick
        objectName: "checkMarkTick"
        anchors.fill: parent
        property real progress: 0
        onProgressChanged: requestPaint()
        onPaint: {
            var ctx = getContext("2d")
            ctx.reset()
            ctx.strokeStyle = mark.tickColor
            ctx.lineWidth = width * 0.09
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            var p1 = Qt.point(width * 0.28, height * 0.52)
            var p2 = Qt.point(width * 0.44, height * 0.68)
            var p3 = Qt.point(width * 0.74, height * 0.36)
            var a = Math.min(1, progress * 2)
            var b = Math.max(0, progress * 2 - 1)
            ctx.beginPath()
            ctx.moveTo(p1.x, p1.y)
            ctx.lineTo(p1.x + (p2.x - p1.x) * a, p1.y + (p2.y - p1.y) * a)
            if (b > 0)
                ctx.lineTo(p2.x + (p3.x - p2.x) * b, p2.y + (p3.y - p2.y) * b)
            ctx.stroke()
        }
    }

    // The circle pops and the tick draws together, from the first frame. (One after the
    // other, the circle had reached its size after about 0.2 s and then only settled its
    // overshoot, a still moment, until the tick began at 0.45 s.)
    ParallelAnimation {
        running: true
        NumberAnimation { target: mark; property: "scale"; from: 0.2; to: 1.0; duration: Theme.reducedMotion ? 0 : 450; easing.type: Easing.OutBack }
        NumberAnimation { target: tick; property: "progress"; from: 0; to: 1; duration: Theme.reducedMotion ? 0 : 500; easing.type: Easing.OutQuad }
    }
}
