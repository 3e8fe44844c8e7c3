<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Announcer</name>
        <message>
            <source>Rep {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Going on.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>KneeCoach cannot start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exercises could not be loaded.

{problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: done ✓</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Next reminder: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reminder} Click here to start.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Yes, %n second(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>No, keep %n</source>
            <comment>keep holding for n seconds</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No system tray on this desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your daily reminder still comes while KneeCoach is open: minimise the window instead of closing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start KneeCoach when you log in?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It then waits quietly in the tray and reminds you each day at {times}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, start at login</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{earlier} and {later}</source>
            <comment>reminder times</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KneeCoach is still here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It waits in the tray to remind you. To quit, choose Quit KneeCoach in this menu.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} They apply until you quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at login not changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppStateStore</name>
        <message>
            <source>Reminder state was reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A small file KneeCoach keeps for its reminders could not be read: {problem}. It was set aside as {file}; your history is not affected.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreathingPacer</name>
        <message>
            <source>Breathing pacer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarHeatmap</name>
        <message>
            <source>Practice calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}: still to come</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{date}: no practice</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Selected: {date}, %n session(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Selected: {date}, no practice</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{low}–{high}</source>
            <comment>a range of reps</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reps} reps each direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reps} reps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>use lower-case letters, digits and dashes, e.g. 'calf-stretch'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a field of a '{kind}' exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>must be a list of at least %n non-empty text(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>must be a list of non-empty texts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {value}; it must be from {low} to {high}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is {value}; it must be one of {options}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must list one or both of {options}, each once</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>e.g. 12 seconds</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>right</source>
            <comment>the side of the body</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>left</source>
            <comment>the side of the body</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counter-clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <comment>a stretch held still</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Circles</source>
            <comment>ankle circles being done now</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest</source>
            <comment>a pause between exercises</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RIGHT first</source>
            <comment>the side an exercise starts with</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LEFT first</source>
            <comment>the side an exercise starts with</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side = {meaning}</source>
            <comment>which side the left/right refers to</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get into position: {step}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now the other side: the same position, mirrored. Breathe fully and steadily.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} Breathe fully and steadily.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now roll your ankles clockwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Now roll your ankles counter-clockwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{step} One circle for each beat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest and breathe. Next: {exercise}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest and breathe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise}. Get ready, right side first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise}. Get ready, left side first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise}. Get ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold, right side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold, left side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change direction: clockwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change direction: counter-clockwise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change direction.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n circle(s), counter-clockwise.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s), clockwise.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Rest.</source>
            <comment>spoken: a pause between exercises</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to your left side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch to your right side.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathe out</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{file} could not be read: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a KneeCoach history export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was written by a newer version of KneeCoach.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExerciseDetail</name>
        <message>
            <source>Try this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try this exercise on its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run just this exercise, with its timers and chimes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change this exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this exercise of yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide</source>
            <comment>leave an exercise out</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave this exercise out of the list, the default routine and the presets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Why it helps:&lt;/b&gt; {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise}: how to do it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: {exercise}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExerciseEditor</name>
        <message>
            <source>Cautions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the exercise a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write at least one step, one per line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold a position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeat a movement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ankle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit your exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your own exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Bridge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <comment>hold or repeat</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dosage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One step per line, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional, one per line, e.g. Go only as far as is comfortable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose picture…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the plain figure instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helps your</source>
            <comment>followed by a joint: ankle or hip</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on each side, one after the other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in each direction, one after the other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <comment>file type filter; keep the brackets</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No picture: the plain figure</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExerciseList</name>
        <message>
            <source>ankle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The exercises of the routine; choose one to read how</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {name} (your own), {joint}, {dosage}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {name}, {joint}, {dosage}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FinishView</name>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Well done — routine complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine stopped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time: {duration}  ·  {done} done, {skipped} skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {exercises}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped: {exercises}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How is your knee right now?  0 = no pain, 10 = worst pain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain {value} of 10</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <comment>leave the summary</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: back to the start page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: pain {value} of 10. Thank you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>{field} must be a date such as 2026-05-01</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an entry has the wrong shape ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} {value} is neither done nor skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be a list of sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must map each direction to a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be a date and time with its UTC offset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be a non-empty text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field} must be a whole number from 0 to 10</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {done}
Skipped: {skipped}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {done}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryStore</name>
        <message>
            <source>Your history was not saved. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another KneeCoach is already using this data folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your history for {month} ({file})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your history for {month} ({file})</source>
            <comment>inside a sentence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} was missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} could not be read: {problem}. It was kept unchanged as {file} in {folder}, so nothing in it is lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some history entries could not be read</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n session(s) in {what} could not be read and (is|are) left out ({problems}). The original file was kept as {file} in {folder}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{what_happened}. A new history was started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History restored from the last good copy</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{what_happened}. The last good copy, with %n session(s), was restored; the most recent session may be missing from it.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your history file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>your history file</source>
            <comment>inside a sentence</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History could not be saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{pain} / 10</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{done}, %n skipped</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{exercises} (stopped early)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryKeeper</name>
        <message>
            <source>The picture was not kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name. It is also taken out of {routines}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, </source>
            <comment>between the names of routines</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this exercise?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your change was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} It applies until you quit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{app} — knee relief, ankles &amp; hips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress and history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Streaks, calendar, pain trend and every session (Ctrl+H)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders, timings, sound and theme (Ctrl+,)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The routine the Start button runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make routines of your own: choose exercises and their order (Ctrl+R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine length</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the routine (Space)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your own…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an exercise your physiotherapist gave you, say (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show a hidden exercise again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show “{exercise}” again</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Hidden (%n)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)  ·  about {minutes} min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>No exercises in this routine</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Begin “{routine}”, %n exercise(s), {length}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Start now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: done ✓ — well done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Longest streak: %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>practised %n day(s) this week</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in all</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the routine?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop now? What you have done so far is saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your session could not be saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} It is kept, and KneeCoach will save it again after your next session or when you quit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyExercises</name>
        <message>
            <source>is already used by another exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an image in the {folder} folder, e.g. '{example}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show ({kinds}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{file} is too large for a picture (%n byte(s)).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{file} could not be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own exercises are read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your own exercises could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holding your own exercises could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of your own exercises could not be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: {field} {problem}</source>
            <comment>where in the file, the name of the field, and what is wrong with its value</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MyRoutines</name>
        <message>
            <source>routine #{number}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routines are read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your routines could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file holding your routines could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some of your routines could not be used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{field}' must be a non-empty text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the id '{id}' is used twice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{id}': '{field}' must be a non-empty text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{id}': '{field}' must list at least one exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{id}': each exercise needs an '{field}'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{id}': '{field}' is not a field of an exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{id}': {field} of '{exercise}' must be a whole number from {low} to {high}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action}: {notice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss: {notice}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>When knee pain is severe or does not improve, the advice is to see an orthopedist or physical therapist. They can look at your knee and tailor the exercises to you. This is not a diagnosis; it is only what your check-ins show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your knee pain has been high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your last three check-ins were all {high} or more out of 10. {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have practised regularly for three weeks, and your knee pain has gone up. {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have practised regularly for three weeks, and your knee pain has stayed about the same. {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your knee pain has not eased yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PainChart</name>
        <message>
            <source>Pain (0–10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pain check-ins yet. After each routine you can rate your knee from 0 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>after session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>before session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>weekly average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pain check-ins yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n check-in(s) on {date}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) from {first} to {last}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{check_ins}; latest weekly average {average}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PainDialog</name>
        <message>
            <source>Change pain check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain before the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain after the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session of {date}, 0 = no pain, 10 = worst</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before the routine:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After the routine:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not given</source>
            <comment>no pain value</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Spreadsheet file for a physiotherapist (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KneeCoach history file, to import later (*.toml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session of {date} at {time} was deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That session is no longer in your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its file was changed outside KneeCoach. The list now shows what is there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} It is kept while KneeCoach is open and saved again with your next change or when you quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason} It applies only until you quit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your change could not be saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export your history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The history was not exported</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n session(s) saved to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>History exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a KneeCoach history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{sessions} added from {file}; %n already in your history.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s) added from {file}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{imported} %n (entry|entries) could not be read: {problems}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>History imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Your goal is every day, so each day without practice ends the streak. A lower weekly goal in Settings gives you rest days.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Rest days are part of the plan. Your goal is %n day(s) a week, so up to {rest_days} without practice in a week (Monday to Sunday) keep your streak going. The streak counts the days you practised.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>rest days allowed a week</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{explanation} Rest days left this week: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <comment>go back to the exercises</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the exercises (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your history as a spreadsheet file for a physiotherapist, or as a KneeCoach file to import on another computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the sessions of a KneeCoach history file (those already here are skipped)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Longest streak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days practised this week against the weekly goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions in all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How rest days work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each square is a day: coloured when you practised, strongest with two sessions or more. Click a day to see its sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions on the chosen day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your pain check-ins (0 = no pain, 10 = worst): after each routine, before it where you gave one, and the weekly average.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change pain…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the pain values of the chosen session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the chosen session (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pain trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sessions</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>length of a streak</comment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s) practised, the goal</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s) at {sessions}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{date}: no practice.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{time} (%n done)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{time} (%n done, pain {pain} / 10)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Progression</name>
        <message>
            <source>Go back to shorter holds?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your pain check-ins have gone up over the last week. Hold each stretch for %n second(s) instead of {now}? Stretch only as far as is comfortable. You can change this any time in Settings.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Ready for longer holds?</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You practised on %n of the last 7 days.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold each stretch for %n second(s) instead of {now}? You can change this any time in Settings.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ReminderTimes</name>
        <message>
            <source>Add a time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder time {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <comment>remove a reminder time</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove reminder time {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>today {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tomorrow {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a day of the week and a time of day</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Time for your knee routine</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>About %n minute(s) of gentle mobility for your knees.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>You missed your {time} reminder; there is still time today. {reminder}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Routine</name>
        <message>
            <source>Ankles only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hips only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knee relief — ankles &amp; hips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rep(s) each direction</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>Usual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a routine of your own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <comment>make a copy of the routine</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make a routine of your own from this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this routine of yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercises in this routine, in order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up</source>
            <comment>move the exercise earlier</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier in the routine (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down</source>
            <comment>move the exercise later</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later in the routine (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take it out of this routine (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dose in this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the exercise chosen beside to this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold</source>
            <comment>hold time of an exercise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;&amp; use this routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep your changes; Start then runs the routine chosen on the left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine} (built in)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {minutes} min</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Your routine: add exercises, put them in order and change a hold or count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A built-in routine cannot be changed. Copy it to make one of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{routine} (copy)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(an exercise that is no longer there)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise} — {dose}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{exercise} — {dose} (this routine)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{routine}” needs a name and at least one exercise.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number of seconds</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold for {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reps for {exercise}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RunKeyAutostart</name>
        <message>
            <source>Start at login could not be set: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start at login could not be removed: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ScreenAwake</name>
        <message>
            <source>A KneeCoach routine is in progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>clockwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>counter-clockwise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine in progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Side</source>
            <comment>left or right side of the body</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instruction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <comment>what comes after this step</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀  Back</source>
            <comment>go to the previous exercise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the previous exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause or resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip  ▶</source>
            <comment>go to the next exercise</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restart this exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fullscreen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fullscreen on or off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{action} ({key})</source>
            <comment>a control and its shortcut key</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: rest, then {exercise}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: switch to the left side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: switch to the right side</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: change direction, {direction}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Next: %n circle(s), {direction}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <comment>the next step, e.g. hold</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reps</source>
            <comment>under the count of repetitions</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>second(s)</source>
            <comment>under the seconds left</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: {exercise}, left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: {exercise}, right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Picture: {exercise}, both sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave fullscreen</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the default, {value}, is used instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be a list of texts; {fallback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be true or false; {fallback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be a number; {fallback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is {value}, outside {low}–{high}; {fallback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be one of {choices}; {fallback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be a text; {fallback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must name days among {days}; {fallback}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} must be 1 to {most} times written like "{example}"; {fallback}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KneeCoach settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sound &amp;&amp; display</source>
            <comment>tab title; &amp;&amp; shows as one &amp;</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me every day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start KneeCoach when I log in (it waits in the tray)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At</source>
            <comment>reminder times</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <comment>reminder days</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> each direction</source>
            <comment>after a number of reps</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s per rep</source>
            <comment>after a number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source> s</source>
            <comment>seconds, after a number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hold each stretch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ankle circles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rep pace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Get ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch sides</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rest between exercises</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article's dosage is a 30-second hold and 10–15 ankle circles each direction. Exercises you added keep the dosage you gave them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer longer holds as I progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a week of regular practice, offer holds {step} seconds longer, up to {ceiling}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After a week of regular practice KneeCoach offers {step} s more (up to {ceiling} s), and offers to step back if your pain check-ins go up. It only asks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> days a week</source>
            <comment>after a number</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weekly goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The days you do not need for your goal are rest days: they keep your streak going.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chimes at each step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chime volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken cues (where the computer has a voice)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breathing guide during holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moving figures (off: still pictures, less motion)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start in full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the computer is set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new language is used from the next start of KneeCoach.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at least one day for your reminder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>Settings are read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings file: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your settings file could not be read: {problem}. It was kept unchanged as {file} in {folder}; the default settings are used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some settings were not valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your settings file, {problems}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StatCard</name>
        <message>
            <source>{caption}: {value}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>'{field}' is not a list of sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>session #{number}: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TomlFile</name>
        <message>
            <source>it could not be opened ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a text file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is damaged or was edited by hand ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk is full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KneeCoach is not allowed to write in {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} could not be saved: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it has no valid schema_version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it was written by a newer version of KneeCoach (format {version}); it is shown but not changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Start routine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open KneeCoach</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit KneeCoach</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UserFile</name>
        <message>
            <source>The file {file}: {problem}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it could not be read, nor set aside ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file {file} could not be read ({problem}) and is left as it is; nothing in it is changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In {file}: {problems}. They are kept in the file unchanged until you mend them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} is not changed: {reason}. Your change applies until you quit.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message numerus="yes">
            <source>about %n minute(s) in all</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Each day, {app} guides you through %n gentle exercise(s) for your ankles and hips: {length}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{exercise}: %n in each direction.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (stretch|stretches), each held for {hold} on each side.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>One stretch held for %n second(s) on each side.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Big timers count down every hold and a chime tells you when to switch sides, so you can follow from your mat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To stay safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remind me every day at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reminder time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start KneeCoach when I log in (it waits quietly in the tray to remind me)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Let’s begin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <comment>close the welcome</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this; everything here is also in Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your daily reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can change all of this later in Settings (Ctrl+,).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>long date pattern</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>short date pattern</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>d MMM</source>
            <comment>day and month pattern</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>table date pattern</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month pattern</comment>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
