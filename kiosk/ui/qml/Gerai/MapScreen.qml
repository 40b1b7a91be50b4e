// Where the other agencies' booths are on the festival square, with its entrances and
// stage where the pack gives them (and beside the heading, where north is). A tap on a
// booth shows what it is: its agency, its number and the innovations the pack lists
// there, or a note that none are listed here (this booth's goes home).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Gerai

Item {
    id: mapScreen
    objectName: "mapScreen"
    readonly property var shownBooth: VisitorFlow.mapBooth
    readonly property bool boothOpen: shownBooth.code !== undefined
    readonly property int shownTitles: (shownBooth.innovations || []).length
    property Item focusBefore: null // the booth whose panel is open: it has the focus back

    // A label on the map, in the map's type (it grows with large text).
    component MapLabel: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.small
        font.weight: Font.Bold
        horizontalAlignment: Text.AlignHCenter
    }
    // The stage or an entrance: a marked place with its name, kept inside the map.
    component Landmark: Rectangle {
        id: landmark
        property real placeX: 0.5
        property real placeY: 0.5
        property alias label: landmarkText.text
        property color ink: Theme.text
        width: landmarkText.implicitWidth + Theme.gap * 1.5
        height: landmarkText.implicitHeight + Theme.gap * 0.75
        x: Math.max(0, Math.min(parent.width - width, placeX * parent.width - width / 2))
        y: Math.max(0, Math.min(parent.height - height, placeY * parent.height - height / 2))
        radius: height / 2
        border.width: 2
        border.color: Theme.text
        MapLabel {
            id: landmarkText
            anchors.centerIn: parent
            color: landmark.ink
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Heading {
                Layout.fillWidth: true
                text: qsTr("Festival map")
            }
            Rectangle { // where north is: the letter, and a pointer on the rim towards it
                id: compass
                objectName: "mapNorth"
                visible: Agencies.north >= 0
                Layout.alignment: Qt.AlignVCenter
                Layout.preferredWidth: Theme.touch * 1.2
                Layout.preferredHeight: Theme.touch * 1.2
                width: Theme.touch * 1.2
                height: width
                radius: width / 2
                color: Theme.surface
                border.width: 2
                border.color: Theme.text
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("North")
                Item { // turned to north: a pointer on the rim
                    anchors.fill: parent
                    rotation: Agencies.north
                    Rectangle {
                        width: compass.width * 0.26
                        height: width
                        x: (compass.width - width) / 2
                        y: -height * 0.3
                        rotation: 45
                        color: Theme.text
                    }
                }
                MapLabel { // the letter stays upright in the middle
                    anchors.centerIn: parent
                    text: qsTr("N")
                    color: Theme.text
                }
            }
        }
        BodyText {
            Layout.fillWidth: true
            text: qsTr("Visit the other booths too. You are at booth %1.").arg(Theme.agencyBooth)
                + " " + qsTr("Touch a booth to see its innovations.")
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: Theme.portrait ? 1 : 2
            rowSpacing: Theme.gap
            columnSpacing: Theme.margin

            Rectangle {
                id: square
                objectName: "festivalMap"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                radius: Theme.radius
                color: Theme.mapLand
                border.color: Theme.mapEdge
                border.width: 2
                // Every booth's rectangle: the same size, as large as the booths' places
                // allow without two covering each other (Agencies.boothWidth), a touch at least.
                readonly property real boothWidth: Math.max(Theme.touch, Agencies.boothWidth * width - Theme.gap / 2)
                readonly property real boothHeight: Math.max(Theme.touch, Agencies.boothHeight * height - Theme.gap / 2)

                Landmark {
                    objectName: "mapStage"
                    visible: Agencies.stage.x !== undefined
                    placeX: Agencies.stage.x || 0
                    placeY: Agencies.stage.y || 0
                    color: Theme.surfaceAlt
                    label: qsTr("Stage")
                }
                Repeater {
                    model: Agencies.entrances
                    delegate: Landmark {
                        required property var modelData
                        objectName: "mapEntrance"
                        placeX: modelData.x
                        placeY: modelData.y
                        color: Theme.text
                        ink: Theme.background
                        label: qsTr("Entrance")
                    }
                }
                Repeater {
                    model: Agencies
                    delegate: Rectangle {
                        id: pin
                        required property string code
                        required property string booth
                        required property string name
                        required property string shortName
                        required property real mapX
                        required property real mapY
                        required property bool isHere
                        objectName: "booth_" + code
                        width: square.boothWidth
                        height: square.boothHeight
                        x: Math.max(0, Math.min(square.width - width, mapX * square.width - width / 2))
                        y: Math.max(0, Math.min(square.height - height, mapY * square.height - height / 2))
                        z: isHere ? 2 : 1
                        radius: Theme.radius / 2
                        // Every booth is a button: it opens what that booth is (this one: home).
                        color: isHere ? Theme.accent : Theme.primary
                        border.width: isHere ? 4 : Math.max(2, Math.round(3 * Theme.s))
                        border.color: isHere ? Theme.text : Theme.primaryEdge
                        readonly property color ink: isHere ? Theme.onAccent : Theme.onPrimary
                        activeFocusOnTab: !mapScreen.boothOpen
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Booth %1 · %2").arg(booth).arg(name)
                        function open() {
                            mapScreen.focusBefore = pin
                            VisitorFlow.openBooth(code)
                        }
                        Keys.onReturnPressed: pin.open()
                        Keys.onEnterPressed: pin.open()
                        Keys.onSpacePressed: pin.open()
                        FocusRing {}

                        // The booth's number and name inside its rectangle, a fifth smaller
                        // at most where that makes them fit; where they still do not (large
                        // text, a crowded square) the number alone: the list beside the map
                        // and a tap on the booth give the name.
                        readonly property bool fits: full.contentWidth <= full.width + 0.5
                            && full.contentHeight <= full.height + 0.5
                        MapLabel {
                            id: full
                            objectName: "boothLabel"
                            visible: pin.fits
                            anchors.centerIn: parent
                            width: pin.width - Theme.gap / 2
                            height: pin.height - Theme.gap / 4
                            verticalAlignment: Text.AlignVCenter
                            fontSizeMode: Text.Fit
                            minimumPixelSize: Math.round(Theme.small * 0.8)
                            wrapMode: Text.WordWrap
                            text: pin.booth + "\n" + (pin.isHere ? qsTr("You are here") : pin.shortName)
                            color: pin.ink
                        }
                        MapLabel {
                            objectName: "boothLabel"
                            visible: !pin.fits
                            anchors.centerIn: parent
                            text: pin.booth
                            color: pin.ink
                        }
                        MouseArea {
                            anchors.fill: parent
                            onClicked: pin.open()
                        }
                    }
                }
            }

            ListView {
                id: list
                objectName: "boothList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                clip: true
                spacing: Theme.gap / 3
                model: Agencies
                boundsBehavior: Flickable.StopAtBounds
                delegate: Rectangle {
                    id: row
                    required property string code
                    required property string booth
                    required property string name
                    required property bool isHere
                    objectName: "boothRow_" + code
                    width: list.width
                    height: Math.max(Theme.touch, rowText.implicitHeight + Theme.gap * 0.75) // a touch target
                    radius: Theme.radius / 2
                    color: isHere ? Theme.selected : Theme.surface
                    border.width: isHere ? 3 : 1
                    border.color: isHere ? Theme.accent : Theme.border
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.gap
                        anchors.rightMargin: Theme.gap
                        spacing: Theme.gap
                        Text {
                            Layout.preferredWidth: Theme.touch * 1.1
                            text: row.booth
                            color: Theme.primary
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.body
                            font.weight: Font.Bold
                        }
                        BodyText {
                            id: rowText
                            Layout.fillWidth: true
                            text: row.name
                        }
                        Text { // the row opens the booth, as a tap on the map does
                            text: "›"
                            color: Theme.primary
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.heading
                            font.weight: Font.Bold
                        }
                    }
                    MouseArea { // the same as a tap on the booth (keys go by the map's booths)
                        anchors.fill: parent
                        onClicked: VisitorFlow.openBooth(row.code)
                    }
                }
            }
        }
    }

    // What a tapped booth is about: its number and agency, the innovations the pack lists
    // there (or, where it lists none, a note saying so: the kiosk knows no more).
    // Escape, "Tutup" or a tap beside it closes it.
    Rectangle {
        id: panel
        objectName: "boothPanel"
        anchors.fill: parent
        z: 10
        visible: mapScreen.boothOpen
        color: Theme.scrim
        onVisibleChanged: {
            if (visible) {
                if (Theme.keysUsed)
                    closeButton.forceActiveFocus(Qt.TabFocusReason)
                return
            }
            const before = mapScreen.focusBefore
            mapScreen.focusBefore = null
            if (before !== null && Theme.keysUsed)
                before.forceActiveFocus(Qt.TabFocusReason)
        }
        MouseArea { // a tap beside the card closes it; nothing behind takes it
            anchors.fill: parent
            onClicked: VisitorFlow.closeBooth()
        }
        Rectangle {
            id: card
            anchors.centerIn: parent
            width: Math.min(parent.width - Theme.margin * 2, Theme.touch * (Theme.portrait ? 12 : 16))
            height: Math.min(parent.height - Theme.margin * 2, cardColumn.implicitHeight + Theme.margin * 2)
            radius: Theme.radius
            color: Theme.surface
            border.width: Theme.highContrast ? 4 : 0
            border.color: Theme.border
            MouseArea { anchors.fill: parent } // a tap on the card stays on it
            Item { // the titles' focus ring, outside their clipped scroll area
                x: cardColumn.x + titlesScroll.x
                y: cardColumn.y + titlesScroll.y
                width: titlesScroll.width
                height: titlesScroll.height
                z: 1
                FocusRing { target: titlesScroll }
            }
            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.gap
                Heading {
                    objectName: "boothPanelTitle"
                    level: 2
                    Layout.fillWidth: true
                    text: qsTr("Booth %1 · %2").arg(mapScreen.shownBooth.booth || "").arg(mapScreen.shownBooth.name || "")
                }
                BodyText {
                    visible: mapScreen.shownTitles > 0
                    Layout.fillWidth: true
                    text: qsTr("Innovations at this booth")
                    color: Theme.muted
                    font.weight: Font.DemiBold
                }
                Flickable {
                    id: titlesScroll
                    objectName: "boothPanelTitles"
                    visible: mapScreen.shownTitles > 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: titles.implicitHeight
                    Layout.minimumHeight: Math.min(titles.implicitHeight, Theme.body * 3)
                    clip: true
                    contentHeight: titles.implicitHeight
                    boundsBehavior: Flickable.StopAtBounds
                    // More titles than the card holds (large text on a laptop panel): a
                    // scroll bar to see and drag, and a Tab stop that Up and Down scroll.
                    readonly property bool more: contentHeight > height + 1
                    activeFocusOnTab: more
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Innovations at this booth")
                    Keys.onUpPressed: contentY = Math.max(0, contentY - Theme.body * 2)
                    Keys.onDownPressed: contentY = Math.min(contentHeight - height, contentY + Theme.body * 2)
                    ScrollBar.vertical: MoreBar {
                        objectName: "boothPanelScroll"
                        more: titlesScroll.more
                    }
                    Column {
                        id: titles
                        width: titlesScroll.width - (titlesScroll.more ? Theme.gap * 1.5 : 0) // clear of the bar
                        spacing: Theme.gap / 2
                        Repeater {
                            model: mapScreen.shownBooth.innovations || []
                            delegate: BodyText { // a title, its lines indented past the bullet
                                id: title
                                required property string modelData
                                required property int index
                                objectName: "boothInnovation_" + index
                                width: titles.width
                                leftPadding: bullet.implicitWidth
                                text: modelData
                                Text {
                                    id: bullet
                                    text: "•  "
                                    color: title.color
                                    font: title.font
                                }
                            }
                        }
                    }
                }
                BodyText {
                    objectName: "boothPanelNote"
                    visible: mapScreen.shownTitles === 0
                    Layout.fillWidth: true
                    text: qsTr("No innovations of this booth are listed here.")
                }
                BodyText {
                    Layout.fillWidth: true
                    text: (mapScreen.shownTitles > 0 ? qsTr("Visit booth %1 to read their stories and vote.")
                                                     : qsTr("Visit booth %1 to see what they show."))
                        .arg(mapScreen.shownBooth.booth || "")
                }
                KButton {
                    id: closeButton
                    objectName: "boothPanelClose"
                    Layout.alignment: Qt.AlignRight
                    kind: "primary"
                    text: qsTr("Close")
                    onClicked: VisitorFlow.closeBooth()
                }
            }
        }
    }
}
