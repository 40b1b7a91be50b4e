<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AttractScreen</name>
        <message>
            <source>Booth %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Touch the screen to start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailScreen</name>
        <message>
            <source>‹ All innovations</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedbackScreen</name>
        <message>
            <source>Your feedback on “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your feedback on this booth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How do you rate it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What fits best? Tap any that apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anything else? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your comment here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I agree to be contacted about this feedback. My contact is only for the festival committee.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone number or e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FeedbackThanksScreen</name>
        <message>
            <source>Thank you for your feedback!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It helps this agency improve its services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to home</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Gallery</name>
        <message>
            <source>No photos yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoodbyeScreen</name>
        <message>
            <source>Thank you for visiting!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enjoy the other booths of the festival.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Service satisfaction survey</source>
            <translation>Service satisfaction survey</translation>
        </message>
        <message>
            <source>Innovations of %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Choose an innovation to see its story. You have %n vote(s) left.</source>
            <translation>
                <numerusform>Choose an innovation to see its story. You have %n vote left.</numerusform>
                <numerusform>Choose an innovation to see its story. You have %n votes left.</numerusform>
            </translation>
        </message>
        <message>
            <source>Give feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ You voted</source>
            <translation>✓ You voted</translation>
        </message>
        <message>
            <source>More innovations ↓</source>
            <translation>More innovations ↓</translation>
        </message>
    </context>
    <context>
        <name>IdleOverlay</name>
        <message>
            <source>Are you still there?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This visit ends in %n second(s) and anything not sent is cleared.</source>
            <translation>
                <numerusform>This visit ends in %n second and anything not sent is cleared.</numerusform>
                <numerusform>This visit ends in %n seconds and anything not sent is cleared.</numerusform>
            </translation>
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InnovationText</name>
        <message>
            <source>Since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MapScreen</name>
        <message>
            <source>Festival map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visit the other booths too. You are at booth %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are here</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QrBlock</name>
        <message>
            <source>Scan for the full story</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffCallScreen</name>
        <message>
            <source>Please call a staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sorry, something needs attention at this kiosk. The booth staff will help you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TopBar</name>
        <message>
            <source>Booth %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Festival map</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoteArea</name>
        <message>
            <source>Vote with your ballot card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vote for this innovation</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You can vote again in %n second(s)</source>
            <translation>
                <numerusform>You can vote again in %n second</numerusform>
                <numerusform>You can vote again in %n seconds</numerusform>
            </translation>
        </message>
        <message>
            <source>✓ You voted for this innovation</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You have used all %n vote(s). Thank you!</source>
            <translation>
                <numerusform>You have used your %n vote. Thank you!</numerusform>
                <numerusform>You have used all %n votes. Thank you!</numerusform>
            </translation>
        </message>
        <message>
            <source>Take a moment to read. The vote button appears shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please wait a moment before voting again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already voted for this innovation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have no votes left in this visit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please take a little longer to read first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A vote is not possible right now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoteThanksScreen</name>
        <message>
            <source>Ballot card %1 accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you! Your vote is counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You voted for “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You have %n vote(s) left for other innovations.</source>
            <translation>
                <numerusform>You have %n vote left for other innovations.</numerusform>
                <numerusform>You have %n votes left for other innovations.</numerusform>
            </translation>
        </message>
        <message>
            <source>You have used all your votes. Thank you for taking part!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See other innovations</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReadAloud</name>
        <message>
            <source>You can vote for this innovation: press Vote.</source>
            <translation>You can vote for this innovation: press Vote.</translation>
        </message>
        <message>
            <source>You have voted for this innovation.</source>
            <translation>You have voted for this innovation.</translation>
        </message>
        <message>
            <source>Buttons: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for your vote.</source>
            <translation>Thank you for your vote.</translation>
        </message>
        <message>
            <source>Touch the screen to start.</source>
            <translation>Touch the screen to start.</translation>
        </message>
        <message>
            <source>Choose an innovation to read about it and vote. Buttons: Festival map, Done.</source>
            <translation>Choose an innovation to read about it and vote. Buttons: Festival map, Done.</translation>
        </message>
        <message>
            <source>Tell us what you think: choose a face, then press Next.</source>
            <translation>Tell us what you think: choose a face, then press Next.</translation>
        </message>
        <message>
            <source>Thank you for your feedback.</source>
            <translation>Thank you for your feedback.</translation>
        </message>
        <message>
            <source>Thank you for visiting.</source>
            <translation>Thank you for visiting.</translation>
        </message>
        <message>
            <source>The festival map: every booth and where you are.</source>
            <translation>The festival map: every booth and where you are.</translation>
        </message>
        <message>
            <source>Please call a member of staff.</source>
            <translation>Please call a member of staff.</translation>
        </message>
    </context>
    <context>
        <name>SurveyScreen</name>
        <message>
            <source>Service satisfaction survey</source>
            <translation>Service satisfaction survey</translation>
        </message>
        <message>
            <source>Type your suggestion here</source>
            <translation>Type your suggestion here</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
    </context>
    <context>
        <name>SurveyThanksScreen</name>
        <message>
            <source>Thank you for filling in the survey!</source>
            <translation>Thank you for filling in the survey!</translation>
        </message>
        <message>
            <source>Your answers help this agency improve its public services.</source>
            <translation>Your answers help this agency improve its public services.</translation>
        </message>
        <message>
            <source>Back to the innovations</source>
            <translation>Back to the innovations</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
    </context>
    <context>
        <name>CommentBox</name>
        <message>
            <source>%1 of %2 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emoji cannot be used here, so it was left out.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CardPrompt</name>
        <message>
            <source>Show your ballot card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold the QR code on your card under the scanner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This card belongs to another festival. Ballot cards for this festival are given out at the entrance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This card cannot be used. Please ask the festival organizers for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This card&apos;s batch was withdrawn by the organizers. Please ask at the festival information desk for a new card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All votes on this card have been used. Thank you for taking part!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code is not a ballot card. Please scan the QR code on your ballot card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Your answers have not been sent. Leave?</source>
            <translation>Your answers have not been sent. Leave?</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>Keep answering</translation>
        </message>
        <message>
            <source>Yes, leave</source>
            <translation>Yes, leave</translation>
        </message>
    </context>
</TS>
