// The attract loop: this booth's innovations full screen, one after another.
pragma ComponentBehavior: Bound
import QtQuick
import Gerai

Rectangle {
    id: attract
    objectName: "attractScreen"
    color: Theme.primary
    property int current: 0
    // A keyboard or switch starts the visit like a touch does: "Touch the screen to
    // start" holds the focus first, and Tab goes round it, Accessibility and language.
    readonly property Item startItem: cta
    Component.onCompleted: cta.forceActiveFocus()
    Keys.onReturnPressed: VisitorFlow.start()
    Keys.onEnterPressed: VisitorFlow.start()
    Keys.onSpacePressed: VisitorFlow.start()

    // Only the slide on screen, the one fading out and the next one exist: each holds a
    // full-screen photo, and a booth may show twenty innovations.
    property int previous: -1
    property bool settled: false // the next slide's photo loads once the first is up
    Timer { interval: 800; running: true; onTriggered: attract.settled = true }

    Repeater {
        id: slides
        model: Innovations
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
            Behavior on opacity { NumberAnimation { duration: Theme.reducedMotion ? 0 : 900 } }
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
                Rectangle {
                    // The words stay readable on any photo, a white sky included.
                    x: slideText.x - Theme.gap
                    y: slideText.y - Theme.gap
                    width: slideText.width + Theme.gap * 2
                    height: slideText.height + Theme.gap * 2
                    radius: Theme.radius
                    color: Theme.scrim
                }
                Column {
                    id: slideText
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.margin * 1.5
                    anchors.bottomMargin: Theme.touch * 3
                    spacing: Theme.gap
                    Text {
                        width: parent.width
                        text: slide.title
                        color: Theme.onPhoto
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.huge
                        font.weight: Font.Bold
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        width: parent.width * (Theme.portrait ? 1 : 0.7)
                        text: slide.teaser
                        color: Theme.onPhoto
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.heading
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
            if (!Theme.reducedMotion)
                pulse.restart()
        }
    }

    MouseArea {
        objectName: "startArea"
        anchors.fill: parent
        onClicked: VisitorFlow.start()
    }

    // The festival and this booth, top left: beside the languages where there is room,
    // else under them (portrait, or a narrow screen in a long language).
    Rectangle {
        id: brand
        objectName: "attractBrand"
        readonly property real room: attract.width - Theme.margin * 2 - corner.width - Theme.gap
        readonly property bool beside: room >= Theme.touch * 5
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: beside ? Theme.margin : corner.y + corner.height + Theme.gap
        width: brandText.width + Theme.gap * 2
        height: brandText.implicitHeight + Theme.gap
        radius: Theme.radius
        color: Theme.primary
        Text {
            id: brandText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, (brand.beside ? brand.room : attract.width - Theme.margin * 2) - Theme.gap * 2)
            text: (VisitorFlow.lang === "en" ? Theme.festivalNameEn : Theme.festivalNameId)
                  + "\n" + qsTr("Booth %1 · %2").arg(Theme.agencyBooth).arg(Theme.agencyName)
            color: Theme.onPrimary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.small
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
        }
    }

    // The three languages and accessibility, top right; one above the other when the
    // festival's name would otherwise have too little room.
    Grid {
        id: corner
        objectName: "attractCorner"
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.margin
        columns: attract.width - Theme.margin * 2 - picker.width - a11y.width - Theme.gap * 2 >= Theme.touch * 8 ? 2 : 1
        spacing: Theme.gap
        horizontalItemAlignment: Grid.AlignRight
        LanguagePicker { id: picker }
        A11yButton { id: a11y }
    }

    Rectangle {
        id: cta
        objectName: "touchToStart"
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.margin
        width: Math.min(parent.width - Theme.margin * 2, ctaText.implicitWidth + Theme.touch * 1.5)
        height: Theme.touch * 1.4
        radius: height / 2
        color: Theme.accent
        activeFocusOnTab: true
        Accessible.role: Accessible.Button
        Accessible.name: ctaText.text
        Keys.onReturnPressed: VisitorFlow.start()
        Keys.onEnterPressed: VisitorFlow.start()
        Keys.onSpacePressed: VisitorFlow.start()
        FocusRing {}
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
            color: Theme.onAccent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
        }
    }
}
