// Thanks for the feedback, and the way back.
import QtQuick
import Gerai

MessageScreen {
    objectName: "feedbackThanksScreen"
    heading: qsTr("Thank you for your feedback!")
    body: qsTr("It helps this agency improve its services.")
    primaryText: qsTr("Back to the innovations")
    primaryName: "feedbackThanksHome"
    secondaryText: qsTr("Done")
    secondaryName: "feedbackThanksFinish"
    onPrimary: VisitorFlow.showHome()
    onSecondary: VisitorFlow.finish()
}
