// Thanks for the survey, shown only once it is stored; and the way back.
import QtQuick
import Gerai

MessageScreen {
    objectName: "surveyThanksScreen"
    heading: qsTr("Thank you for filling in the survey!")
    body: qsTr("Your answers help this agency improve its public services.")
    primaryText: qsTr("Back to the innovations")
    primaryName: "surveyThanksHome"
    secondaryText: qsTr("Done")
    secondaryName: "surveyThanksFinish"
    onPrimary: VisitorFlow.showHome()
    onSecondary: VisitorFlow.finish()
}
