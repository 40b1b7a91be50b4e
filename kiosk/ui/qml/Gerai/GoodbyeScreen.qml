// The end of a visit: thanks, then the attract loop returns by itself.
import QtQuick
import Gerai

MessageScreen {
    showLang: true
    objectName: "goodbyeScreen"
    heading: qsTr("Thank you for visiting!")
    body: qsTr("Enjoy the other booths of the festival.")
    primaryText: qsTr("Back to start")
    primaryName: "goodbyeButton"
    onPrimary: VisitorFlow.returnToAttract()
}
