// A booth's state in words on its colour: waiting, file in, receipt matched, problem.
import QtQuick
import Gerai

Rectangle {
    id: badge
    property string boothState: "waiting"
    property alias label: text.text
    implicitWidth: text.implicitWidth + DeskStyle.gap * 2
    implicitHeight: text.implicitHeight + DeskStyle.gap * 0.6
    radius: height / 2
    color: DeskStyle.stateSurface(boothState)
    border.color: DeskStyle.stateColor(boothState)
    border.width: 1

    Text {
        id: text
        anchors.centerIn: parent
        color: DeskStyle.stateColor(badge.boothState)
        font.family: Theme.fontFamily
        font.pixelSize: DeskStyle.small
        font.weight: Font.DemiBold
    }
}
