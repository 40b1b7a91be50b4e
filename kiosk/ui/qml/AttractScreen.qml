// The attract loop: this booth's innovations full screen, one after another.
import QtQuick

Rectangle {
    id: attract
    objectName: "attractScreen"
    color: theme.primary
    property int current: 0
    // A keyboard or switch starts the visit like a touch does.
    Component.onCompleted: forceActiveFocus()
    Keys.onReturnPressed: flow.start()
    Keys.onEnterPressed: flow.start()
    Keys.onSpacePressed: flow.start()

    // Only the slide on screen, the one fading out and the next one exist: each holds a
    // full-screen photo, and a booth may show twenty innovations.
    property int previous: -1
    property bool settled: false // the next slide's photo loads once the first is up
    Timer { interval: 800; running: true; onTriggered: attract.settled = true }

    Repeater {
        id: slides
        model: innovations
        onCountChanged: { // staff hid innovations: never stay on a slide that is gone
            if (attract.current >= count) {
                attract.previous = -1
                attract.current = 0
            }
        }
        delegate: Loader {
            id: slide
            objectName: "slide_" + index
            required property int index
            required property string cover
            required property string title
            required property string teaser
            anchors.fill: parent
            active: index === attract.current || index === attract.previous
                || (attract.settled && index === (attract.current + 1) % slides.count)
            opacity: index === attract.current ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: theme.reducedMotion ? 0 : 900 } }
            // While it fades, the slide is drawn once into a layer and only blended after:
            // photo, gradient and text were each redrawn every frame (1.6x a bare fade).
            layer.enabled: opacity > 0 && opacity < 1

            sourceComponent: Item {
                Image {
                    anchors.fill: parent
                    source: slide.cover
                    asynchronous: true
                    fillMode: Image.PreserveAspectCrop
                    sourceSize.width: 1920
                }
                Rectangle {
                    anchors.fill: parent
                    gradient: Gradient {
                        GradientStop { position: 0.35; color: "#00000000" }
                        GradientStop { position: 1.0; color: "#e6000000" }
                    }
                }
                Column {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: theme.margin * 1.5
                    anchors.bottomMargin: theme.touch * 3
                    spacing: theme.gap
                    Text {
                        width: parent.width
                        text: slide.title
                        color: "#ffffff"
                        font.family: theme.fontFamily
                        font.pixelSize: theme.huge
                        font.weight: Font.Bold
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        width: parent.width * (theme.portrait ? 1 : 0.7)
                        text: slide.teaser
                        color: "#ffffff"
                        font.family: theme.fontFamily
                        font.pixelSize: theme.heading
                        wrapMode: Text.WordWrap
                        lineHeight: 1.1
                    }
                }
            }
        }
    }

    Timer {
        interval: 6000
        running: slides.count > 1
        repeat: true
        onTriggered: {
            attract.previous = attract.current
            attract.current = (attract.current + 1) % slides.count
            if (!theme.reducedMotion)
                pulse.restart()
        }
    }

    MouseArea {
        objectName: "startArea"
        anchors.fill: parent
        onClicked: flow.start()
    }

    Rectangle {
        id: brand
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: theme.margin
        width: brandText.implicitWidth + theme.gap * 2
        height: brandText.implicitHeight + theme.gap
        radius: theme.radius
        color: theme.primary
        Text {
            id: brandText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, attract.width - theme.margin * 2 - lang.width - theme.gap * 4)
            text: (flow.lang === "en" ? theme.festivalNameEn : theme.festivalNameId)
                  + "\n" + qsTr("Booth %1 · %2").arg(theme.agencyBooth).arg(theme.agencyName)
            color: theme.onPrimary
            font.family: theme.fontFamily
            font.pixelSize: theme.small
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
    }

    Row {
        id: lang
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: theme.margin
        spacing: theme.gap
        A11yButton {}
        LangButton {}
    }

    Rectangle {
        id: cta
        objectName: "touchToStart"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: theme.margin
        width: Math.min(parent.width - theme.margin * 2, ctaText.implicitWidth + theme.touch * 1.5)
        height: theme.touch * 1.4
        radius: height / 2
        color: theme.accent
        // One pulse with each slide's fade, then stillness: an endless pulse repainted the
        // window every frame, which on a CPU-only OpenGL kept both cores busy.
        SequentialAnimation on scale {
            id: pulse
            running: false
            NumberAnimation { from: 1.0; to: 1.05; duration: 450; easing.type: Easing.InOutQuad }
            NumberAnimation { from: 1.05; to: 1.0; duration: 450; easing.type: Easing.InOutQuad }
        }
        Text {
            id: ctaText
            anchors.centerIn: parent
            text: qsTr("Touch the screen to start")
            color: theme.onAccent
            font.family: theme.fontFamily
            font.pixelSize: theme.heading
            font.weight: Font.Bold
        }
    }
}
