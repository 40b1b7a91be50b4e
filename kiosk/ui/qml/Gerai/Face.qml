// One of the four faces of the rating (1 = unhappy ... 4 = very happy).
import QtQuick

Canvas {
    id: face
    property int value: 3
    property bool chosen: false
    readonly property var colors: Theme.faceColors
    onChosenChanged: requestPaint()
    onValueChanged: requestPaint()
    onColorsChanged: requestPaint() // high contrast switched
    onPaint: {
        var ctx = getContext("2d")
        ctx.reset()
        var w = width, h = height, r = Math.min(w, h) / 2 - 4
        ctx.fillStyle = colors[value - 1]
        ctx.beginPath()
        ctx.arc(w / 2, h / 2, r, 0, Math.PI * 2)
        ctx.fill()
        ctx.fillStyle = Theme.surface
        ctx.beginPath()
        ctx.arc(w / 2 - r * 0.35, h / 2 - r * 0.25, r * 0.11, 0, Math.PI * 2)
        ctx.arc(w / 2 + r * 0.35, h / 2 - r * 0.25, r * 0.11, 0, Math.PI * 2)
        ctx.fill()
        // The mouth bends from a frown (1) to a broad smile (4).
        var bend = [-0.28, -0.1, 0.16, 0.34][value - 1]
        ctx.strokeStyle = Theme.surface
        ctx.lineWidth = r * 0.12
        ctx.lineCap = "round"
        ctx.beginPath()
        var y = h / 2 + r * 0.32 - bend * r * 0.5
        ctx.moveTo(w / 2 - r * 0.42, y)
        ctx.quadraticCurveTo(w / 2, y + bend * r * 1.2, w / 2 + r * 0.42, y)
        ctx.stroke()
    }
}
