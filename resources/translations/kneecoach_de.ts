<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Announcer</name>
        <message>
            <source>Rep {number} of {total}</source>
            <translation>Wiederholung {number} von {total}</translation>
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation>Pausiert. Drücken Sie die Leertaste, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>Es geht weiter.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>KneeCoach cannot start</source>
            <translation>KneeCoach kann nicht starten</translation>
        </message>
        <message>
            <source>Something went wrong as KneeCoach started:

{problem}

The details are in {log}.</source>
            <translation>Beim Start von KneeCoach ist etwas schiefgegangen:

{problem}

Einzelheiten stehen in {log}.</translation>
        </message>
        <message>
            <source>The exercises could not be loaded.

{problem}</source>
            <translation>Die Übungen konnten nicht geladen werden.

{problem}</translation>
        </message>
        <message>
            <source>Today: done ✓</source>
            <translation>Heute: erledigt ✓</translation>
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation>Heute: noch nicht erledigt</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Serie: %n Tag</numerusform>
                <numerusform>Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>Next reminder: {when}</source>
            <translation>Nächste Erinnerung: {when}</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>In 15 min erinnern</translation>
        </message>
        <message>
            <source>{reminder} Click here to start.</source>
            <translation>{reminder} Klicken Sie hier, um zu beginnen.</translation>
        </message>
        <message numerus="yes">
            <source>Yes, %n second(s)</source>
            <translation>
                <numerusform>Ja, %n Sekunde</numerusform>
                <numerusform>Ja, %n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No, keep %n</source>
            <comment>keep holding for n seconds</comment>
            <translation>
                <numerusform>Nein, bei %n bleiben</numerusform>
                <numerusform>Nein, bei %n bleiben</numerusform>
            </translation>
        </message>
        <message>
            <source>Start KneeCoach when you log in?</source>
            <translation>KneeCoach bei der Anmeldung starten?</translation>
        </message>
        <message>
            <source>It then waits quietly in the tray and reminds you each day at {times}.</source>
            <translation>KneeCoach wartet dann still im Infobereich und erinnert Sie jeden Tag um {times}.</translation>
        </message>
        <message>
            <source>Yes, start at login</source>
            <translation>Ja, bei Anmeldung starten</translation>
        </message>
        <message>
            <source>{earlier} and {later}</source>
            <comment>reminder times</comment>
            <translation>{earlier} und {later}</translation>
        </message>
        <message>
            <source>It then starts with no window and reminds you each day at {times} with a notification.</source>
            <translation>Es startet dann ohne Fenster und erinnert Sie jeden Tag um {times} mit einer Benachrichtigung.</translation>
        </message>
        <message>
            <source>Yes, ease off</source>
            <translation>Ja, etwas weniger</translation>
        </message>
        <message>
            <source>No, keep it as it is</source>
            <translation>Nein, so lassen</translation>
        </message>
        <message>
            <source>KneeCoach is still here</source>
            <translation>KneeCoach ist noch da</translation>
        </message>
        <message>
            <source>It waits in the tray to remind you. To quit, choose Quit KneeCoach in this menu.</source>
            <translation>KneeCoach wartet im Infobereich, um Sie zu erinnern. Zum Beenden wählen Sie in diesem Menü „KneeCoach beenden“.</translation>
        </message>
    </context>
    <context>
        <name>AppStateStore</name>
        <message>
            <source>Reminder state is not saved</source>
            <translation>Der Erinnerungsstand wird nicht gespeichert</translation>
        </message>
        <message>
            <source>A small file KneeCoach keeps for its reminders ({file}): {problem}.</source>
            <translation>Eine kleine Datei, die KneeCoach für die Erinnerungen führt ({file}): {problem}.</translation>
        </message>
        <message>
            <source>Reminder state was reset</source>
            <translation>Erinnerungsstand wurde zurückgesetzt</translation>
        </message>
        <message>
            <source>A small file KneeCoach keeps for its reminders could not be read: {problem}. It was set aside as {file}; your history is not affected.</source>
            <translation>Eine kleine Datei, die KneeCoach für die Erinnerungen führt, konnte nicht gelesen werden: {problem}. Die Datei wurde als {file} beiseitegelegt; Ihr Verlauf ist davon nicht betroffen.</translation>
        </message>
        <message>
            <source>Part of the reminder state was reset</source>
            <translation>Ein Teil des Erinnerungsstands wurde zurückgesetzt</translation>
        </message>
        <message>
            <source>In a small file KneeCoach keeps for its reminders, {problems}; that part was reset. The original file was kept as {file} in {folder}; your history is not affected.</source>
            <translation>In einer kleinen Datei, die KneeCoach für die Erinnerungen führt: {problems}; dieser Teil wurde zurückgesetzt. Die ursprüngliche Datei wurde als {file} in {folder} aufbewahrt; Ihr Verlauf ist davon nicht betroffen.</translation>
        </message>
        <message>
            <source>{keys} could not be used</source>
            <translation>{keys} konnte nicht verwendet werden</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Start KneeCoach when I log in (it waits in the tray)</source>
            <translation>KneeCoach bei der Anmeldung starten (es wartet im Infobereich)</translation>
        </message>
        <message>
            <source>Start KneeCoach when I log in (it reminds you, with no window)</source>
            <translation>KneeCoach bei der Anmeldung starten (erinnert ohne Fenster)</translation>
        </message>
        <message>
            <source>Keep reminding me from the tray</source>
            <translation>Weiter aus dem Infobereich erinnern</translation>
        </message>
        <message>
            <source>Ask me the first time</source>
            <translation>Beim ersten Mal fragen</translation>
        </message>
        <message>
            <source>Keep reminding me in the background</source>
            <translation>Im Hintergrund weiter erinnern</translation>
        </message>
        <message>
            <source>Quit KneeCoach</source>
            <translation>KneeCoach beenden</translation>
        </message>
        <message>
            <source>When I close the window</source>
            <translation>Beim Schließen des Fensters</translation>
        </message>
        <message>
            <source>Keep reminding you?</source>
            <translation>Weiter erinnern?</translation>
        </message>
        <message>
            <source>Keep reminding you after the window is closed?</source>
            <translation>Auch bei geschlossenem Fenster weiter erinnern?</translation>
        </message>
        <message>
            <source>This desktop shows no tray icon for KneeCoach. It can keep running without a window and remind you at {times} with a notification.

To see the window again, open KneeCoach from your applications. To quit, press Ctrl+Q in the window or choose Quit KneeCoach in its notification.

KneeCoach remembers your answer; you can change it in Settings.</source>
            <translation>Dieser Desktop zeigt kein Symbol von KneeCoach im Infobereich. KneeCoach kann ohne Fenster weiterlaufen und Sie um {times} mit einer Benachrichtigung erinnern.

Um das Fenster wieder zu sehen, öffnen Sie KneeCoach über Ihre Anwendungen. Zum Beenden drücken Sie Strg+Q im Fenster oder wählen „KneeCoach beenden“ in seiner Benachrichtigung.

KneeCoach merkt sich Ihre Antwort; Sie können sie in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Open KneeCoach</source>
            <translation>KneeCoach öffnen</translation>
        </message>
        <message>
            <source>KneeCoach keeps reminding you</source>
            <translation>KneeCoach erinnert Sie weiter</translation>
        </message>
        <message>
            <source>Its window is closed; your reminders still come. To quit, choose Quit KneeCoach here.</source>
            <translation>Das Fenster ist geschlossen; Ihre Erinnerungen kommen weiterhin. Zum Beenden wählen Sie hier „KneeCoach beenden“.</translation>
        </message>
        <message>
            <source>KneeCoach was reminding you in the background</source>
            <translation>KneeCoach hat Sie im Hintergrund erinnert</translation>
        </message>
        <message>
            <source>Closing the window keeps it reminding you. To stop it, quit KneeCoach (Ctrl+Q).</source>
            <translation>Auch bei geschlossenem Fenster erinnert KneeCoach Sie weiter. Wenn Sie das nicht möchten, beenden Sie KneeCoach (Strg+Q).</translation>
        </message>
    </context>
    <context>
        <name>BreathingPacer</name>
        <message>
            <source>Breathing pacer</source>
            <translation>Atemhilfe</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeatmap</name>
        <message>
            <source>Practice calendar</source>
            <translation>Übungskalender</translation>
        </message>
        <message>
            <source>{date}: still to come</source>
            <translation>{date}: steht noch bevor</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s)</source>
            <translation>
                <numerusform>{date}: %n Einheit</numerusform>
                <numerusform>{date}: %n Einheiten</numerusform>
            </translation>
        </message>
        <message>
            <source>{date}: no practice</source>
            <translation>{date}: nicht geübt</translation>
        </message>
        <message numerus="yes">
            <source>Selected: {date}, %n session(s)</source>
            <translation>
                <numerusform>Ausgewählt: {date}, %n Einheit</numerusform>
                <numerusform>Ausgewählt: {date}, %n Einheiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected: {date}, no practice</source>
            <translation>Ausgewählt: {date}, nicht geübt</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation>Links und rechts je {seconds} s halten</translation>
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation>{seconds} s halten</translation>
        </message>
        <message>
            <source>{low}–{high}</source>
            <comment>a range of reps</comment>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <source>{reps} reps each direction</source>
            <translation>{reps} Wiederholungen in jede Richtung</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} Wiederholungen</translation>
        </message>
        <message>
            <source>is used twice</source>
            <translation>wird zweimal verwendet</translation>
        </message>
        <message>
            <source>use lower-case letters, digits and dashes, e.g. 'calf-stretch'</source>
            <translation>bitte nur Kleinbuchstaben, Ziffern und Bindestriche verwenden, z. B. „calf-stretch“</translation>
        </message>
        <message>
            <source>is not a field of a '{kind}' exercise</source>
            <translation>ist kein Feld einer Übung der Art „{kind}“</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>muss ein nicht leerer Text sein</translation>
        </message>
        <message numerus="yes">
            <source>must be a list of at least %n non-empty text(s)</source>
            <translation>
                <numerusform>muss eine Liste mit mindestens %n nicht leeren Text sein</numerusform>
                <numerusform>muss eine Liste mit mindestens %n nicht leeren Texten sein</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a list of non-empty texts</source>
            <translation>muss eine Liste nicht leerer Texte sein</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
        </message>
        <message>
            <source>is {value}; it must be from {low} to {high}</source>
            <translation>ist {value}, muss aber zwischen {low} und {high} liegen</translation>
        </message>
        <message>
            <source>is {value}; it must be one of {options}</source>
            <translation>ist {value}, muss aber einer dieser Werte sein: {options}</translation>
        </message>
        <message>
            <source>must list one or both of {options}, each once</source>
            <translation>muss einen oder beide der Werte {options} enthalten, jeden nur einmal</translation>
        </message>
    </context>
    <context>
        <name>Coach</name>
        <message>
            <source>{reason} It is kept while KneeCoach is open and saved again with your next change or when you quit.</source>
            <translation>{reason} Die Änderung bleibt erhalten, solange KneeCoach geöffnet ist, und wird bei Ihrer nächsten Änderung oder beim Beenden erneut gespeichert.</translation>
        </message>
        <message>
            <source>{reason} It applies only until you quit.</source>
            <translation>{reason} Die Änderung gilt nur, bis Sie KneeCoach beenden.</translation>
        </message>
        <message>
            <source>Your change could not be saved</source>
            <translation>Ihre Änderung konnte nicht gespeichert werden</translation>
        </message>
        <message>
            <source>That session is no longer in your history</source>
            <translation>Diese Einheit ist nicht mehr in Ihrem Verlauf</translation>
        </message>
        <message>
            <source>Its file was changed outside KneeCoach. The list now shows what is there.</source>
            <translation>Die zugehörige Datei wurde außerhalb von KneeCoach geändert. Die Liste zeigt jetzt den aktuellen Stand.</translation>
        </message>
        <message>
            <source>Start at login not changed</source>
            <translation>Start bei der Anmeldung nicht geändert</translation>
        </message>
        <message>
            <source>The picture was not kept</source>
            <translation>Das Bild wurde nicht übernommen</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation>Countdown</translation>
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>e.g. 12 seconds</comment>
            <translation>{number} {unit}</translation>
        </message>
    </context>
    <context>
        <name>Cues</name>
        <message>
            <source>right</source>
            <comment>the side of the body</comment>
            <translation>rechts</translation>
        </message>
        <message>
            <source>left</source>
            <comment>the side of the body</comment>
            <translation>links</translation>
        </message>
        <message>
            <source>clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation>im Uhrzeigersinn</translation>
        </message>
        <message>
            <source>counter-clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation>gegen den Uhrzeigersinn</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Bereit machen</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>a stretch held still</comment>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seite wechseln</translation>
        </message>
        <message>
            <source>Change direction</source>
            <translation>Richtung wechseln</translation>
        </message>
        <message>
            <source>Circles</source>
            <comment>ankle circles being done now</comment>
            <translation>Kreisen</translation>
        </message>
        <message>
            <source>Rest</source>
            <comment>a pause between exercises</comment>
            <translation>Pause</translation>
        </message>
        <message>
            <source>RIGHT first</source>
            <comment>the side an exercise starts with</comment>
            <translation>RECHTS zuerst</translation>
        </message>
        <message>
            <source>LEFT first</source>
            <comment>the side an exercise starts with</comment>
            <translation>LINKS zuerst</translation>
        </message>
        <message>
            <source>Side = {meaning}</source>
            <comment>which side the left/right refers to</comment>
            <translation>Seite = {meaning}</translation>
        </message>
        <message>
            <source>Get into position: {step}</source>
            <translation>Gehen Sie in die Ausgangsposition: {step}</translation>
        </message>
        <message>
            <source>Now the other side: the same position, mirrored. Breathe fully and steadily.</source>
            <translation>Jetzt die andere Seite: dieselbe Haltung, seitenverkehrt. Atmen Sie tief und gleichmäßig.</translation>
        </message>
        <message>
            <source>{action} Breathe fully and steadily.</source>
            <translation>{action} Atmen Sie tief und gleichmäßig.</translation>
        </message>
        <message>
            <source>Now roll your ankles clockwise.</source>
            <translation>Lassen Sie Ihre Sprunggelenke jetzt im Uhrzeigersinn kreisen.</translation>
        </message>
        <message>
            <source>Now roll your ankles counter-clockwise.</source>
            <translation>Lassen Sie Ihre Sprunggelenke jetzt gegen den Uhrzeigersinn kreisen.</translation>
        </message>
        <message>
            <source>{step} One circle for each beat.</source>
            <translation>{step} Ein Kreis pro Takt.</translation>
        </message>
        <message>
            <source>Rest and breathe. Next: {exercise}.</source>
            <translation>Machen Sie eine Pause und atmen Sie durch. Als Nächstes: {exercise}.</translation>
        </message>
        <message>
            <source>Rest and breathe.</source>
            <translation>Machen Sie eine Pause und atmen Sie durch.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready, right side first.</source>
            <translation>{exercise}. Machen Sie sich bereit, zuerst die rechte Seite.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready, left side first.</source>
            <translation>{exercise}. Machen Sie sich bereit, zuerst die linke Seite.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready.</source>
            <translation>{exercise}. Machen Sie sich bereit.</translation>
        </message>
        <message>
            <source>Hold, right side.</source>
            <translation>Halten, rechte Seite.</translation>
        </message>
        <message>
            <source>Hold, left side.</source>
            <translation>Halten, linke Seite.</translation>
        </message>
        <message>
            <source>Hold.</source>
            <translation>Halten.</translation>
        </message>
        <message>
            <source>Change direction: clockwise.</source>
            <translation>Richtung wechseln: im Uhrzeigersinn.</translation>
        </message>
        <message>
            <source>Change direction: counter-clockwise.</source>
            <translation>Richtung wechseln: gegen den Uhrzeigersinn.</translation>
        </message>
        <message>
            <source>Change direction.</source>
            <translation>Richtung wechseln.</translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s), counter-clockwise.</source>
            <translation>
                <numerusform>%n Kreis, gegen den Uhrzeigersinn.</numerusform>
                <numerusform>%n Kreise, gegen den Uhrzeigersinn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s), clockwise.</source>
            <translation>
                <numerusform>%n Kreis, im Uhrzeigersinn.</numerusform>
                <numerusform>%n Kreise, im Uhrzeigersinn.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rest.</source>
            <comment>spoken: a pause between exercises</comment>
            <translation>Pause.</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <comment>spoken: half of a hold is done</comment>
            <translation>Halbzeit.</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s) left.</source>
            <comment>spoken, once per hold</comment>
            <translation>
                <numerusform>Noch %n Sekunde.</numerusform>
                <numerusform>Noch %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused.</source>
            <comment>spoken</comment>
            <translation>Pausiert.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <comment>spoken: the routine goes on</comment>
            <translation>Es geht weiter.</translation>
        </message>
        <message>
            <source>Switch to your left side.</source>
            <translation>Wechseln Sie auf die linke Seite.</translation>
        </message>
        <message>
            <source>Switch to your right side.</source>
            <translation>Wechseln Sie auf die rechte Seite.</translation>
        </message>
        <message>
            <source>Breathe in</source>
            <translation>Einatmen</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Ausatmen</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{file} could not be read: {problem}.</source>
            <translation>{file} konnte nicht gelesen werden: {problem}.</translation>
        </message>
        <message>
            <source>{file} is not a KneeCoach history export.</source>
            <translation>{file} ist kein exportierter KneeCoach-Verlauf.</translation>
        </message>
        <message>
            <source>{file} was written by a newer version of KneeCoach.</source>
            <translation>{file} wurde von einer neueren Version von KneeCoach geschrieben.</translation>
        </message>
        <message>
            <source>{file} holds more than {most} sessions, far more than any history; it was not imported.</source>
            <translation>{file} enthält mehr als {most} Einheiten, weit mehr als jeder Verlauf; die Datei wurde nicht importiert.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseDetail</name>
        <message>
            <source>Try this one</source>
            <translation>Ausprobieren</translation>
        </message>
        <message>
            <source>Try this exercise on its own</source>
            <translation>Diese Übung einzeln ausprobieren</translation>
        </message>
        <message>
            <source>Run just this exercise, with its timers and chimes</source>
            <translation>Nur diese Übung durchführen, mit Zeitanzeige und Signaltönen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Change this exercise</source>
            <translation>Diese Übung ändern</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Delete this exercise of yours</source>
            <translation>Diese eigene Übung löschen</translation>
        </message>
        <message>
            <source>Hide</source>
            <comment>leave an exercise out</comment>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <source>Leave this exercise out of the list, the default routine and the presets</source>
            <translation>Diese Übung aus der Liste, dem Standardprogramm und den vorgegebenen Programmen herausnehmen</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>So geht’s</translation>
        </message>
        <message>
            <source>Why it helps:</source>
            <translation>Warum es hilft:</translation>
        </message>
        <message>
            <source>{exercise}: how to do it</source>
            <translation>{exercise}: Anleitung</translation>
        </message>
        <message>
            <source>Picture: {exercise}</source>
            <translation>Bild: {exercise}</translation>
        </message>
        <message>
            <source>Right side: start</source>
            <comment>a picture's caption</comment>
            <translation>Rechte Seite: Anfang</translation>
        </message>
        <message>
            <source>Right side: end</source>
            <comment>a picture's caption</comment>
            <translation>Rechte Seite: Ende</translation>
        </message>
        <message>
            <source>Left side: start</source>
            <comment>a picture's caption</comment>
            <translation>Linke Seite: Anfang</translation>
        </message>
        <message>
            <source>Left side: end</source>
            <comment>a picture's caption</comment>
            <translation>Linke Seite: Ende</translation>
        </message>
    </context>
    <context>
        <name>ExerciseEditor</name>
        <message>
            <source>Cautions</source>
            <translation>Hinweise</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <source>Give the exercise a name.</source>
            <translation>Geben Sie der Übung einen Namen.</translation>
        </message>
        <message>
            <source>Write at least one step, one per line.</source>
            <translation>Schreiben Sie mindestens einen Schritt, einen pro Zeile.</translation>
        </message>
        <message>
            <source>Hold a position</source>
            <translation>Eine Haltung halten</translation>
        </message>
        <message>
            <source>Repeat a movement</source>
            <translation>Eine Bewegung wiederholen</translation>
        </message>
        <message>
            <source>Ankle</source>
            <translation>Sprunggelenk</translation>
        </message>
        <message>
            <source>Hip</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <source>Edit your exercise</source>
            <translation>Ihre Übung bearbeiten</translation>
        </message>
        <message>
            <source>Add your own exercise</source>
            <translation>Eigene Übung hinzufügen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>e.g. Bridge</source>
            <translation>z. B. Brücke</translation>
        </message>
        <message>
            <source>Joint</source>
            <translation>Gelenk</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>hold or repeat</comment>
            <translation>Art</translation>
        </message>
        <message>
            <source>Dosage</source>
            <translation>Dosierung</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>One step per line, in order</source>
            <translation>Ein Schritt pro Zeile, der Reihe nach</translation>
        </message>
        <message>
            <source>Optional, one per line, e.g. Go only as far as is comfortable.</source>
            <translation>Optional, einer pro Zeile, z. B. Gehen Sie nur so weit, wie es bequem möglich ist.</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>Bild wählen…</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Ein Bild wählen</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Kein Bild</translation>
        </message>
        <message>
            <source>Show the plain figure instead</source>
            <translation>Stattdessen die einfache Figur zeigen</translation>
        </message>
        <message>
            <source>Helps your</source>
            <comment>followed by a joint: ankle or hip</comment>
            <translation>Gut für</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>on each side, one after the other</source>
            <translation>auf jeder Seite, nacheinander</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation> Wiederholungen</translation>
        </message>
        <message>
            <source>in each direction, one after the other</source>
            <translation>in jede Richtung, nacheinander</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>{field}: {problem}.</translation>
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation>Ein Bild für diese Übung wählen</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <comment>file type filter; keep the brackets</comment>
            <translation>Bilder ({patterns})</translation>
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show.</source>
            <translation>{file} ist kein Bild, das KneeCoach anzeigen kann.</translation>
        </message>
        <message>
            <source>Picture chosen</source>
            <translation>Bild gewählt</translation>
        </message>
        <message>
            <source>No picture: the plain figure</source>
            <translation>Kein Bild: die einfache Figur</translation>
        </message>
    </context>
    <context>
        <name>ExerciseList</name>
        <message>
            <source>ankle</source>
            <translation>Sprunggelenk</translation>
        </message>
        <message>
            <source>hip</source>
            <translation>Hüfte</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>The exercises of the routine; choose one to read how</source>
            <translation>Die Übungen des Programms; wählen Sie eine aus, um die Anleitung zu lesen</translation>
        </message>
        <message>
            <source>{number}. {name} (your own), {joint}, {dosage}</source>
            <translation>{number}. {name} (eigene Übung), {joint}, {dosage}</translation>
        </message>
        <message>
            <source>{number}. {name}, {joint}, {dosage}</source>
            <translation>{number}. {name}, {joint}, {dosage}</translation>
        </message>
    </context>
    <context>
        <name>Finish</name>
        <message>
            <source>Nothing done this time</source>
            <translation>Diesmal keine Übung geschafft</translation>
        </message>
        <message>
            <source>No exercise was done in full, so this does not count as a practised day. That is all right: come back to it when you are ready.</source>
            <translation>Keine Übung wurde vollständig gemacht, deshalb zählt dies nicht als Übungstag. Das ist in Ordnung: Machen Sie weiter, wenn es für Sie passt.</translation>
        </message>
        <message numerus="yes">
            <source>You did {done} of %n exercise(s).</source>
            <translation>
                <numerusform>Sie haben {done} von %n Übung gemacht.</numerusform>
                <numerusform>Sie haben {done} von %n Übungen gemacht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done — routine complete</source>
            <translation>Gut gemacht — Programm geschafft</translation>
        </message>
        <message>
            <source>That counts as a practised day.</source>
            <translation>Das zählt als Übungstag.</translation>
        </message>
        <message>
            <source>A day counts as practised when at least half of a routine's exercises are done in full.</source>
            <translation>Ein Tag zählt als Übungstag, wenn mindestens die Hälfte der Übungen eines Programms vollständig gemacht wurde.</translation>
        </message>
        <message>
            <source>Part of the routine done</source>
            <translation>Einen Teil des Programms geschafft</translation>
        </message>
    </context>
    <context>
        <name>FinishView</name>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Routine summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Time: {duration}  ·  {done} done, {skipped} skipped</source>
            <translation>Zeit: {duration}  ·  {done} erledigt, {skipped} übersprungen</translation>
        </message>
        <message>
            <source>Done: {exercises}</source>
            <translation>Erledigt: {exercises}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Skipped: {exercises}</source>
            <translation>Übersprungen: {exercises}</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Serie: %n Tag</numerusform>
                <numerusform>Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>How is your knee right now?  0 = no pain, 10 = worst pain</source>
            <translation>Wie geht es Ihrem Knie gerade?  0 = keine Schmerzen, 10 = stärkste Schmerzen</translation>
        </message>
        <message>
            <source>Pain {value} of 10</source>
            <translation>Schmerz {value} von 10</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>leave the summary</comment>
            <translation>Fertig</translation>
        </message>
        <message>
            <source>Done: back to the start page</source>
            <translation>Fertig: zurück zur Startseite</translation>
        </message>
        <message>
            <source>Saved: pain {value} of 10. Thank you.</source>
            <translation>Gespeichert: Schmerz {value} von 10. Danke!</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>A day counts as practised when you do at least half of a routine's exercises in full. Skipped exercises, and holds cut short, do not count; a routine you stopped counts the same way as one you finished.</source>
            <translation>Ein Tag zählt als Übungstag, wenn Sie mindestens die Hälfte der Übungen eines Programms vollständig machen. Übersprungene Übungen und abgebrochene Haltezeiten zählen nicht; ein vorzeitig beendetes Programm zählt genauso wie ein vollständig durchlaufenes.</translation>
        </message>
        <message>
            <source>{field} must be a date such as 2026-05-01</source>
            <translation>{field} muss ein Datum wie 2026-05-01 sein</translation>
        </message>
        <message>
            <source>{field} is missing</source>
            <translation>{field} fehlt</translation>
        </message>
        <message>
            <source>an entry has the wrong shape ({error})</source>
            <translation>ein Eintrag hat die falsche Form ({error})</translation>
        </message>
        <message>
            <source>{field} {value} is neither done nor skipped</source>
            <translation>{field} {value} ist weder „done“ (erledigt) noch „skipped“ (übersprungen)</translation>
        </message>
        <message>
            <source>{field} must be a list of sides</source>
            <translation>{field} muss eine Liste von Seiten sein</translation>
        </message>
        <message>
            <source>{field} must map each direction to a whole number</source>
            <translation>{field} muss jeder Richtung eine ganze Zahl zuordnen</translation>
        </message>
        <message>
            <source>{field} must be a date and time with its UTC offset</source>
            <translation>{field} muss ein Datum mit Uhrzeit und UTC-Abweichung sein</translation>
        </message>
        <message>
            <source>{field} must be a non-empty text</source>
            <translation>{field} muss ein nicht leerer Text sein</translation>
        </message>
        <message>
            <source>{field} must be true or false</source>
            <translation>{field} muss true oder false sein</translation>
        </message>
        <message>
            <source>{field} must be a number of seconds, 0 or more</source>
            <translation>{field} muss eine Anzahl Sekunden sein, 0 oder mehr</translation>
        </message>
        <message>
            <source>{field} must be a whole number from 0 to 10</source>
            <translation>{field} muss eine ganze Zahl von 0 bis 10 sein</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Done: {done}
Skipped: {skipped}</source>
            <translation>Erledigt: {done}
Übersprungen: {skipped}</translation>
        </message>
        <message>
            <source>Done: {done}</source>
            <translation>Erledigt: {done}</translation>
        </message>
    </context>
    <context>
        <name>HistoryStore</name>
        <message>
            <source>Your history was not saved. {reason}</source>
            <translation>Ihr Verlauf wurde nicht gespeichert. {reason}</translation>
        </message>
        <message>
            <source>Another KneeCoach is already using this data folder.</source>
            <translation>Ein anderes KneeCoach verwendet diesen Datenordner bereits.</translation>
        </message>
        <message>
            <source>History is read-only</source>
            <translation>Verlauf ist schreibgeschützt</translation>
        </message>
        <message>
            <source>Your history for {month} ({file})</source>
            <translation>Ihr Verlauf für {month} ({file})</translation>
        </message>
        <message>
            <source>your history for {month} ({file})</source>
            <comment>inside a sentence</comment>
            <translation>Ihrem Verlauf für {month} ({file})</translation>
        </message>
        <message>
            <source>{what} was missing</source>
            <translation>{what} fehlte</translation>
        </message>
        <message>
            <source>{what}: {problem}.</source>
            <translation>{what}: {problem}.</translation>
        </message>
        <message>
            <source>History could not be read</source>
            <translation>Verlauf konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>{what} could not be read: {problem}. It was kept unchanged as {file} in {folder}, so nothing in it is lost</source>
            <translation>{what} konnte nicht gelesen werden: {problem}. Die Datei wurde unverändert als {file} in {folder} aufbewahrt, es geht also nichts verloren</translation>
        </message>
        <message>
            <source>Some history entries could not be read</source>
            <translation>Einige Einträge im Verlauf konnten nicht gelesen werden</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in {what} could not be read and (is|are) left out ({problems}). The original file was kept as {file} in {folder}.</source>
            <translation>
                <numerusform>%n Einheit in {what} konnte nicht gelesen werden und wird ausgelassen ({problems}). Die ursprüngliche Datei wurde als {file} in {folder} aufbewahrt.</numerusform>
                <numerusform>%n Einheiten in {what} konnten nicht gelesen werden und werden ausgelassen ({problems}). Die ursprüngliche Datei wurde als {file} in {folder} aufbewahrt.</numerusform>
            </translation>
        </message>
        <message>
            <source>{what_happened}. A new history was started.</source>
            <translation>{what_happened}. Ein neuer Verlauf wurde begonnen.</translation>
        </message>
        <message>
            <source>History restored from the last good copy</source>
            <translation>Verlauf aus der letzten guten Kopie wiederhergestellt</translation>
        </message>
        <message numerus="yes">
            <source>{what_happened}. The last good copy, with %n session(s), was restored; the most recent session may be missing from it.</source>
            <translation>
                <numerusform>{what_happened}. Die letzte gute Kopie mit %n Einheit wurde wiederhergestellt; die neueste Einheit fehlt darin möglicherweise.</numerusform>
                <numerusform>{what_happened}. Die letzte gute Kopie mit %n Einheiten wurde wiederhergestellt; die neueste Einheit fehlt darin möglicherweise.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your history file</source>
            <translation>Ihre Verlaufsdatei</translation>
        </message>
        <message>
            <source>your history file</source>
            <comment>inside a sentence</comment>
            <translation>Ihrer Verlaufsdatei</translation>
        </message>
        <message>
            <source>History could not be saved</source>
            <translation>Verlauf konnte nicht gespeichert werden</translation>
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Dauer</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Schmerz vorher</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Schmerz nachher</translation>
        </message>
        <message>
            <source>{pain} / 10</source>
            <translation>{pain} / 10</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n erledigt</numerusform>
                <numerusform>%n erledigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done}, %n skipped</source>
            <translation>
                <numerusform>{done}, %n übersprungen</numerusform>
                <numerusform>{done}, %n übersprungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercises} (stopped early)</source>
            <translation>{exercises} (vorzeitig beendet)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Einheiten</translation>
        </message>
    </context>
    <context>
        <name>LibraryKeeper</name>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name. It is also taken out of {routines}.</source>
            <translation>„{exercise}“ und das zugehörige Bild löschen? Ihre bisherigen Einheiten behalten den Namen. Die Übung wird außerdem aus {routines} herausgenommen.</translation>
        </message>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name.</source>
            <translation>„{exercise}“ und das zugehörige Bild löschen? Ihre bisherigen Einheiten behalten den Namen.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the names of routines</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Delete this exercise?</source>
            <translation>Diese Übung löschen?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{app} — knee relief, ankles &amp; hips</source>
            <translation>{app} — Knieentlastung, Sprunggelenke &amp; Hüften</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Übungen</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Progress and history</source>
            <translation>Fortschritt und Verlauf</translation>
        </message>
        <message>
            <source>Streaks, calendar, pain trend and every session (Ctrl+H)</source>
            <translation>Serien, Kalender, Schmerzverlauf und alle Einheiten (Strg+H)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Reminders, timings, sound and theme (Ctrl+,)</source>
            <translation>Erinnerungen, Zeiten, Ton und Design (Strg+,)</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>The routine the Start button runs</source>
            <translation>Das Programm, das mit „Programm starten“ beginnt</translation>
        </message>
        <message>
            <source>Routine:</source>
            <comment>before the box of routines</comment>
            <translation>Programm:</translation>
        </message>
        <message>
            <source>Routines…</source>
            <translation>Programme…</translation>
        </message>
        <message>
            <source>Make routines of your own: choose exercises and their order (Ctrl+R)</source>
            <translation>Eigene Programme zusammenstellen: Übungen und Reihenfolge wählen (Strg+R)</translation>
        </message>
        <message>
            <source>Routine length</source>
            <translation>Dauer des Programms</translation>
        </message>
        <message>
            <source>Start routine</source>
            <translation>Programm starten</translation>
        </message>
        <message>
            <source>Start the routine (Space)</source>
            <translation>Programm starten (Leertaste)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Is it safe for me?</source>
            <translation>Ist das sicher für mich?</translation>
        </message>
        <message>
            <source>A few questions about your knee before you exercise</source>
            <translation>Ein paar Fragen zu Ihrem Knie, bevor Sie üben</translation>
        </message>
        <message>
            <source>Add your own…</source>
            <translation>Eigene Übung…</translation>
        </message>
        <message>
            <source>Add an exercise your physiotherapist gave you, say (Ctrl+N)</source>
            <translation>Eine Übung hinzufügen, etwa eine von Ihrem Physiotherapeuten (Strg+N)</translation>
        </message>
        <message>
            <source>Hidden exercises</source>
            <translation>Ausgeblendete Übungen</translation>
        </message>
        <message>
            <source>Show a hidden exercise again</source>
            <translation>Eine ausgeblendete Übung wieder anzeigen</translation>
        </message>
        <message>
            <source>Show “{exercise}” again</source>
            <translation>„{exercise}“ wieder anzeigen</translation>
        </message>
        <message numerus="yes">
            <source>Hidden (%n)</source>
            <translation>
                <numerusform>Ausgeblendet (%n)</numerusform>
                <numerusform>Ausgeblendet (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)  ·  about {minutes} min</source>
            <translation>
                <numerusform>%n Übung  ·  etwa {minutes} min</numerusform>
                <numerusform>%n Übungen  ·  etwa {minutes} min</numerusform>
            </translation>
        </message>
        <message>
            <source>No exercises in this routine</source>
            <translation>Keine Übungen in diesem Programm</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>etwa %n Minute</numerusform>
                <numerusform>etwa %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Begin “{routine}”, %n exercise(s), {length}</source>
            <translation>
                <numerusform>„{routine}“ beginnen, %n Übung, {length}</numerusform>
                <numerusform>„{routine}“ beginnen, %n Übungen, {length}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Go on with “{routine}” where you stopped today: exercise {number} of %n. It stays one session.</source>
            <translation>
                <numerusform>„{routine}“ dort fortsetzen, wo Sie heute aufgehört haben: Übung {number} von %n. Es bleibt eine Einheit.</numerusform>
                <numerusform>„{routine}“ dort fortsetzen, wo Sie heute aufgehört haben: Übung {number} von %n. Es bleibt eine Einheit.</numerusform>
            </translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Jetzt starten</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>In 15 min erinnern</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Today: done ✓ — well done</source>
            <translation>Heute: erledigt ✓ — gut gemacht</translation>
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation>Heute: noch nicht erledigt</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Serie: %n Tag</numerusform>
                <numerusform>Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Longest streak: %n</source>
            <translation>
                <numerusform>Längste Serie: %n Tag</numerusform>
                <numerusform>Längste Serie: %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>practised %n day(s) this week</source>
            <translation>
                <numerusform>diese Woche an %n Tag geübt</numerusform>
                <numerusform>diese Woche an %n Tagen geübt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in all</source>
            <translation>
                <numerusform>%n Einheit insgesamt</numerusform>
                <numerusform>%n Einheiten insgesamt</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation>Zwei Wochen ausblenden</translation>
        </message>
        <message>
            <source>Stop the routine?</source>
            <translation>Programm beenden?</translation>
        </message>
        <message>
            <source>Stop now? What you have done so far is saved.</source>
            <translation>Jetzt beenden? Was Sie bisher geschafft haben, wird gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>MenuOffer</name>
        <message>
            <source>KneeCoach was not added to the applications menu</source>
            <translation>KneeCoach wurde nicht ins Anwendungsmenü aufgenommen</translation>
        </message>
        <message>
            <source>KneeCoach is in your applications menu</source>
            <translation>KneeCoach ist jetzt in Ihrem Anwendungsmenü</translation>
        </message>
        <message>
            <source>Next time, start it from there like any other application, or search for KneeCoach.</source>
            <translation>Starten Sie es beim nächsten Mal dort wie jede andere Anwendung, oder suchen Sie nach KneeCoach.</translation>
        </message>
        <message>
            <source>Add KneeCoach to the applications menu</source>
            <translation>KneeCoach ins Anwendungsmenü aufnehmen</translation>
        </message>
        <message>
            <source>So you can start it from the menu, with no terminal</source>
            <translation>Damit Sie es aus dem Menü starten können, ohne Terminal</translation>
        </message>
    </context>
    <context>
        <name>MyExercises</name>
        <message>
            <source>'{field}' must be a list of exercise ids</source>
            <translation>„{field}“ muss eine Liste von Übungs-IDs sein</translation>
        </message>
        <message>
            <source>'{field}' must name each deleted exercise</source>
            <translation>„{field}“ muss jede gelöschte Übung benennen</translation>
        </message>
        <message>
            <source>is already used by another exercise</source>
            <translation>wird bereits von einer anderen Übung verwendet</translation>
        </message>
        <message>
            <source>must be an image in the {folder} folder, e.g. '{example}'</source>
            <translation>muss ein Bild im Ordner {folder} sein, z. B. „{example}“</translation>
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show ({kinds}).</source>
            <translation>{file} ist kein Bild, das KneeCoach anzeigen kann ({kinds}).</translation>
        </message>
        <message numerus="yes">
            <source>{file} is too large for a picture (%n byte(s)).</source>
            <translation>
                <numerusform>{file} ist zu groß für ein Bild (%n Byte).</numerusform>
                <numerusform>{file} ist zu groß für ein Bild (%n Byte).</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} could not be read ({reason}).</source>
            <translation>{file} konnte nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>Your own exercises are read-only</source>
            <translation>Ihre eigenen Übungen sind schreibgeschützt</translation>
        </message>
        <message>
            <source>Your own exercises could not be read</source>
            <translation>Ihre eigenen Übungen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>The file holding your own exercises could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation>Die Datei mit Ihren eigenen Übungen konnte nicht gelesen werden: {problem}. Die Datei wurde unverändert als {file} in {folder} aufbewahrt, und nichts wurde gelöscht.</translation>
        </message>
        <message>
            <source>Some of your own exercises could not be used</source>
            <translation>Einige Ihrer eigenen Übungen konnten nicht verwendet werden</translation>
        </message>
        <message>
            <source>{where}: {field} {problem}</source>
            <comment>where in the file, the name of the field, and what is wrong with its value</comment>
            <translation>{where}: {field} {problem}</translation>
        </message>
    </context>
    <context>
        <name>MyRoutines</name>
        <message>
            <source>'{field}' must be the id of a routine</source>
            <translation>„{field}“ muss die ID einer Routine sein</translation>
        </message>
        <message>
            <source>routine #{number}: {problem}</source>
            <translation>Programm Nr. {number}: {problem}</translation>
        </message>
        <message>
            <source>Your routines are read-only</source>
            <translation>Ihre Programme sind schreibgeschützt</translation>
        </message>
        <message>
            <source>Your routines could not be read</source>
            <translation>Ihre Programme konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>The file holding your routines could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation>Die Datei mit Ihren Programmen konnte nicht gelesen werden: {problem}. Die Datei wurde unverändert als {file} in {folder} aufbewahrt, und nichts wurde gelöscht.</translation>
        </message>
        <message>
            <source>Some of your routines could not be used</source>
            <translation>Einige Ihrer Programme konnten nicht verwendet werden</translation>
        </message>
        <message>
            <source>is not a table</source>
            <translation>ist keine Tabelle</translation>
        </message>
        <message>
            <source>'{field}' must be a non-empty text</source>
            <translation>„{field}“ muss ein nicht leerer Text sein</translation>
        </message>
        <message>
            <source>the id '{id}' is used twice</source>
            <translation>die ID „{id}“ wird zweimal verwendet</translation>
        </message>
        <message>
            <source>'{id}': '{field}' must be a non-empty text</source>
            <translation>„{id}“: „{field}“ muss ein nicht leerer Text sein</translation>
        </message>
        <message>
            <source>'{id}': '{field}' must list at least one exercise</source>
            <translation>„{id}“: „{field}“ muss mindestens eine Übung enthalten</translation>
        </message>
        <message>
            <source>'{id}': each exercise needs an '{field}'</source>
            <translation>„{id}“: Jede Übung braucht ein Feld „{field}“</translation>
        </message>
        <message>
            <source>'{id}': '{field}' is not a field of an exercise</source>
            <translation>„{id}“: „{field}“ ist kein Feld einer Übung</translation>
        </message>
        <message>
            <source>'{id}': {field} of '{exercise}' must be a whole number from {low} to {high}</source>
            <translation>„{id}“: {field} von „{exercise}“ muss eine ganze Zahl von {low} bis {high} sein</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>{action}: {notice}</source>
            <translation>{action}: {notice}</translation>
        </message>
        <message>
            <source>Dismiss: {notice}</source>
            <translation>Schließen: {notice}</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>When knee pain is severe or does not improve, the advice is to see an orthopedist or physical therapist. They can look at your knee and tailor the exercises to you. This is not a diagnosis; it is only what your check-ins show.</source>
            <translation>Wenn Ihre Knieschmerzen stark sind oder sich nicht bessern, wird empfohlen, sich an einen Orthopäden oder Physiotherapeuten zu wenden. Diese Fachleute können Ihr Knie untersuchen und die Übungen auf Sie abstimmen. Dies ist keine Diagnose, sondern nur das, was Ihre Schmerzangaben zeigen.</translation>
        </message>
        <message>
            <source>Your knee pain was very high</source>
            <translation>Ihre Knieschmerzen waren sehr stark</translation>
        </message>
        <message>
            <source>One of your check-ins in the last two weeks was {value} out of 10. {advice}</source>
            <translation>Eine Ihrer Schmerzangaben in den letzten zwei Wochen lag bei {value} von 10. {advice}</translation>
        </message>
        <message>
            <source>Your knee pain has been high</source>
            <translation>Ihre Knieschmerzen waren stark</translation>
        </message>
        <message numerus="yes">
            <source>On %n different day(s) in the last two weeks your knee pain was {high} or more out of 10, more than it should be after gentle stretching. {advice}</source>
            <translation>
                <numerusform>An %n Tag in den letzten zwei Wochen lagen Ihre Knieschmerzen bei {high} von 10 oder höher, stärker, als sie nach sanftem Dehnen sein sollten. {advice}</numerusform>
                <numerusform>An %n verschiedenen Tagen in den letzten zwei Wochen lagen Ihre Knieschmerzen bei {high} von 10 oder höher, stärker, als sie nach sanftem Dehnen sein sollten. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>Your knee pain rises during the routine</source>
            <translation>Ihre Knieschmerzen nehmen während des Programms zu</translation>
        </message>
        <message numerus="yes">
            <source>On %n day(s) in the last two weeks your knee pain was {rise} or more points higher after the routine than before it. Stop any exercise that makes the pain sharp or worse. {advice}</source>
            <translation>
                <numerusform>An %n Tag in den letzten zwei Wochen waren Ihre Knieschmerzen nach dem Programm um {rise} oder mehr Punkte stärker als davor. Hören Sie mit jeder Übung auf, die den Schmerz stechend oder stärker werden lässt. {advice}</numerusform>
                <numerusform>An %n Tagen in den letzten zwei Wochen waren Ihre Knieschmerzen nach dem Programm um {rise} oder mehr Punkte stärker als davor. Hören Sie mit jeder Übung auf, die den Schmerz stechend oder stärker werden lässt. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your check-ins over the last %n week(s) show your knee pain going up, not easing. {advice}</source>
            <translation>
                <numerusform>Ihre Schmerzangaben der letzten Woche zeigen, dass Ihre Knieschmerzen zunehmen statt nachzulassen. {advice}</numerusform>
                <numerusform>Ihre Schmerzangaben der letzten %n Wochen zeigen, dass Ihre Knieschmerzen zunehmen statt nachzulassen. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your check-ins over the last %n week(s) do not show your knee pain easing. {advice}</source>
            <translation>
                <numerusform>Ihre Schmerzangaben der letzten Woche zeigen nicht, dass Ihre Knieschmerzen nachlassen. {advice}</numerusform>
                <numerusform>Ihre Schmerzangaben der letzten %n Wochen zeigen nicht, dass Ihre Knieschmerzen nachlassen. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>Your knee pain has not eased yet</source>
            <translation>Ihre Knieschmerzen haben noch nicht nachgelassen</translation>
        </message>
    </context>
    <context>
        <name>PainBefore</name>
        <message>
            <source>Pain before the routine</source>
            <translation>Schmerz vor dem Programm</translation>
        </message>
        <message>
            <source>Before you start: how is your knee right now?  0 = no pain, 10 = worst pain</source>
            <translation>Bevor Sie beginnen: Wie geht es Ihrem Knie gerade?  0 = kein Schmerz, 10 = stärkster Schmerz</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Frage überspringen</translation>
        </message>
        <message>
            <source>Start without answering</source>
            <translation>Ohne Antwort beginnen</translation>
        </message>
        <message>
            <source>Your answer, and the one after the routine, show whether the exercises ease your knee. You can turn this question off in Settings.</source>
            <translation>Ihre Antwort und die nach dem Programm zeigen, ob die Übungen Ihr Knie entlasten. Sie können diese Frage in den Einstellungen abschalten.</translation>
        </message>
    </context>
    <context>
        <name>PainChart</name>
        <message>
            <source>Pain (0–10)</source>
            <translation>Schmerz (0–10)</translation>
        </message>
        <message>
            <source>No pain check-ins yet. After each routine you can rate your knee from 0 to 10.</source>
            <translation>Noch keine Schmerzangaben. Nach jedem Programm können Sie Ihr Knie von 0 bis 10 bewerten.</translation>
        </message>
        <message>
            <source>after session</source>
            <translation>nach der Einheit</translation>
        </message>
        <message>
            <source>before session</source>
            <translation>vor der Einheit</translation>
        </message>
        <message>
            <source>weekly average</source>
            <translation>Wochendurchschnitt</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Schmerzverlauf</translation>
        </message>
        <message>
            <source>No pain check-ins yet</source>
            <translation>Noch keine Schmerzangaben</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) on {date}</source>
            <translation>
                <numerusform>%n Schmerzangabe am {date}</numerusform>
                <numerusform>%n Schmerzangaben am {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) from {first} to {last}</source>
            <translation>
                <numerusform>%n Schmerzangabe vom {first} bis {last}</numerusform>
                <numerusform>%n Schmerzangaben vom {first} bis {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>{check_ins}; latest weekly average {average}</source>
            <translation>{check_ins}; letzter Wochendurchschnitt {average}</translation>
        </message>
    </context>
    <context>
        <name>PainDialog</name>
        <message>
            <source>Change pain check-in</source>
            <translation>Schmerzangabe ändern</translation>
        </message>
        <message>
            <source>Pain before the routine</source>
            <translation>Schmerz vor dem Programm</translation>
        </message>
        <message>
            <source>Pain after the routine</source>
            <translation>Schmerz nach dem Programm</translation>
        </message>
        <message>
            <source>Session of {date}, 0 = no pain, 10 = worst</source>
            <translation>Einheit vom {date}, 0 = keine Schmerzen, 10 = stärkste Schmerzen</translation>
        </message>
        <message>
            <source>Before the routine:</source>
            <translation>Vor dem Programm:</translation>
        </message>
        <message>
            <source>After the routine:</source>
            <translation>Nach dem Programm:</translation>
        </message>
        <message>
            <source>not given</source>
            <comment>no pain value</comment>
            <translation>keine Angabe</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>Not chosen yet: press a number, or click one.</source>
            <translation>Noch nichts gewählt: Drücken Sie eine Zahl oder klicken Sie eine an.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>In this period the check-ins never called for KneeCoach's advice to see an orthopedist or physical therapist.</source>
            <translation>In diesem Zeitraum gaben die Schmerzangaben nie Anlass zu KneeCoachs Rat, einen Orthopäden oder Physiotherapeuten aufzusuchen.</translation>
        </message>
        <message>
            <source>On these days the pain check-ins called for KneeCoach's advice to see an orthopedist or physical therapist:</source>
            <translation>An diesen Tagen gaben die Schmerzangaben Anlass zu KneeCoachs Rat, einen Orthopäden oder Physiotherapeuten aufzusuchen:</translation>
        </message>
        <message>
            <source>it is only read, to make a document</source>
            <translation>sie wird nur gelesen, um ein Dokument zu erstellen</translation>
        </message>
        <message>
            <source>{title}: {text}</source>
            <translation>{title}: {text}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message numerus="yes">
            <source>Weekly goal: %n day(s) a week.</source>
            <translation>
                <numerusform>Wochenziel: %n Tag pro Woche.</numerusform>
                <numerusform>Wochenziel: %n Tage pro Woche.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Practised on %n day(s) in the period.</source>
            <translation>
                <numerusform>An %n Tag im Zeitraum geübt.</numerusform>
                <numerusform>An %n Tagen im Zeitraum geübt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) recorded</source>
            <translation>
                <numerusform>%n Einheit aufgezeichnet</numerusform>
                <numerusform>%n Einheiten aufgezeichnet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n of them stopped before the end.</source>
            <translation>
                <numerusform>, %n davon vor dem Ende beendet.</numerusform>
                <numerusform>, %n davon vor dem Ende beendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The goal was reached in {met} of %n completed week(s).</source>
            <translation>
                <numerusform>Das Ziel wurde in {met} von %n abgeschlossenen Woche erreicht.</numerusform>
                <numerusform>Das Ziel wurde in {met} von %n abgeschlossenen Wochen erreicht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Knee exercise progress report</source>
            <translation>Fortschrittsbericht der Knieübungen</translation>
        </message>
        <message numerus="yes">
            <source>{first} – {last} (%n week(s))</source>
            <translation>
                <numerusform>{first} – {last} (%n Woche)</numerusform>
                <numerusform>{first} – {last} (%n Wochen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Made by KneeCoach on {date}</source>
            <translation>Erstellt von KneeCoach am {date}</translation>
        </message>
        <message>
            <source>The document was not saved</source>
            <translation>Das Dokument wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>Document saved</source>
            <translation>Dokument gespeichert</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Gespeichert als {path}.</translation>
        </message>
        <message>
            <source>Start, right side</source>
            <translation>Start, rechte Seite</translation>
        </message>
        <message>
            <source>Start</source>
            <comment>picture</comment>
            <translation>Start</translation>
        </message>
        <message>
            <source>Hold, right side</source>
            <translation>Halten, rechte Seite</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>picture</comment>
            <translation>Halten</translation>
        </message>
        <message>
            <source>Start, left side</source>
            <translation>Start, linke Seite</translation>
        </message>
        <message>
            <source>Hold, left side</source>
            <translation>Halten, linke Seite</translation>
        </message>
        <message>
            <source>You have set this dosage; the article's is: {dosage}.</source>
            <translation>Diese Dosierung haben Sie selbst eingestellt; die des Artikels ist: {dosage}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n Übung</numerusform>
                <numerusform>%n Übungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>etwa %n Minute</numerusform>
                <numerusform>etwa %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>My knee exercise programme</source>
            <translation>Mein Knie-Übungsprogramm</translation>
        </message>
        <message>
            <source>Printed from KneeCoach on {date}</source>
            <translation>Aus KneeCoach gedruckt am {date}</translation>
        </message>
        <message>
            <source>To stay safe</source>
            <translation>Zu Ihrer Sicherheit</translation>
        </message>
        <message>
            <source>Tick a day when you have done the exercise.</source>
            <translation>Haken Sie einen Tag ab, wenn Sie die Übung gemacht haben.</translation>
        </message>
        <message>
            <source>{file} was saved, but part of your history could not be read: {what}</source>
            <translation>{file} wurde gespeichert, aber ein Teil Ihres Verlaufs konnte nicht gelesen werden: {what}</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Print or save programme…</source>
            <translation>Programm drucken oder speichern…</translation>
        </message>
        <message>
            <source>The routine on paper: pictures, dosage and steps of each exercise, with the safety advice and a tick box for each day</source>
            <translation>Die Routine auf Papier: Bilder, Dosierung und Schritte jeder Übung, mit den Sicherheitshinweisen und einem Kästchen für jeden Tag</translation>
        </message>
        <message>
            <source>Report for my physiotherapist…</source>
            <translation>Bericht für meine Physiotherapie…</translation>
        </message>
        <message>
            <source>A one-page report of the last eight weeks: days practised against your goal, exercises done and skipped, pain before and after, and any advice given</source>
            <translation>Ein einseitiger Bericht der letzten acht Wochen: geübte Tage im Vergleich zu Ihrem Ziel, gemachte und ausgelassene Übungen, Schmerz vorher und nachher und jeder gegebene Rat</translation>
        </message>
        <message>
            <source>before the routine</source>
            <translation>vor der Routine</translation>
        </message>
        <message>
            <source>after the routine</source>
            <translation>nach der Routine</translation>
        </message>
        <message>
            <source>{title} · {period} · page {page}</source>
            <translation>{title} · {period} · Seite {page}</translation>
        </message>
        <message>
            <source>Left out: {what}</source>
            <translation>Nicht enthalten: {what}</translation>
        </message>
        <message>
            <source>Days practised each week</source>
            <translation>Geübte Tage pro Woche</translation>
        </message>
        <message numerus="yes">
            <source>Dashed line: the weekly goal of %n day(s).</source>
            <translation>
                <numerusform>Gestrichelte Linie: das Wochenziel von %n Tag.</numerusform>
                <numerusform>Gestrichelte Linie: das Wochenziel von %n Tagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The last, lighter bar is the week under way.</source>
            <translation>Der letzte, hellere Balken ist die laufende Woche.</translation>
        </message>
        <message>
            <source>Exercises done and skipped</source>
            <translation>Gemachte und ausgelassene Übungen</translation>
        </message>
        <message>
            <source>No exercise was done in this period.</source>
            <translation>In diesem Zeitraum wurde keine Übung gemacht.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Übung</translation>
        </message>
        <message>
            <source>Dosage as set now</source>
            <translation>Dosierung wie jetzt eingestellt</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gemacht</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Ausgelassen</translation>
        </message>
        <message>
            <source>{name} (own)</source>
            <translation>{name} (eigene)</translation>
        </message>
        <message>
            <source>Pain check-ins (0 = no pain, 10 = worst imaginable)</source>
            <translation>Schmerzangaben (0 = keine Schmerzen, 10 = schlimmste vorstellbare)</translation>
        </message>
        <message>
            <source>No pain check-in was given in this period.</source>
            <translation>In diesem Zeitraum wurden keine Schmerzen angegeben.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Nachher</translation>
        </message>
        <message>
            <source>Advice to see a professional</source>
            <translation>Rat, eine Fachperson aufzusuchen</translation>
        </message>
        <message>
            <source>Own exercises</source>
            <translation>Eigene Übungen</translation>
        </message>
        <message>
            <source>knee-programme</source>
            <comment>a file name</comment>
            <translation>knie-programm</translation>
        </message>
        <message>
            <source>knee-progress-report</source>
            <comment>a file name</comment>
            <translation>knie-fortschrittsbericht</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF-Dokument (*.pdf)</translation>
        </message>
        <message>
            <source>{routine} · page {page}</source>
            <translation>{routine} · Seite {page}</translation>
        </message>
    </context>
    <context>
        <name>PauseCurtain</name>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>▶  Continue</source>
            <translation>▶  Weiter</translation>
        </message>
        <message>
            <source>Continue the routine</source>
            <translation>Die Übungsfolge fortsetzen</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>Pausiert – zum Weitermachen die Leertaste drücken</translation>
        </message>
        <message>
            <source>Going on</source>
            <translation>Es geht weiter</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Spreadsheet file for a physiotherapist (*.csv)</source>
            <translation>Tabellendatei für den Physiotherapeuten (*.csv)</translation>
        </message>
        <message>
            <source>KneeCoach history file, to import later (*.toml)</source>
            <translation>KneeCoach-Verlaufsdatei zum späteren Importieren (*.toml)</translation>
        </message>
        <message>
            <source>The session of {date} at {time} was deleted.</source>
            <translation>Die Einheit vom {date} um {time} wurde gelöscht.</translation>
        </message>
        <message>
            <source>Session deleted</source>
            <translation>Einheit gelöscht</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Export your history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>The history was not exported</source>
            <translation>Der Verlauf wurde nicht exportiert</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) saved to {path}.</source>
            <translation>
                <numerusform>%n Einheit in {path} gespeichert.</numerusform>
                <numerusform>%n Einheiten in {path} gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <source>History exported</source>
            <translation>Verlauf exportiert</translation>
        </message>
        <message>
            <source>Import a KneeCoach history</source>
            <translation>KneeCoach-Verlauf importieren</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Es wurde nichts importiert</translation>
        </message>
        <message numerus="yes">
            <source>{sessions} added from {file}; %n already in your history.</source>
            <translation>
                <numerusform>{sessions} aus {file} hinzugefügt; %n war bereits in Ihrem Verlauf.</numerusform>
                <numerusform>{sessions} aus {file} hinzugefügt; %n waren bereits in Ihrem Verlauf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n neue Einheit</numerusform>
                <numerusform>%n neue Einheiten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s) added from {file}.</source>
            <translation>
                <numerusform>%n neue Einheit aus {file} hinzugefügt.</numerusform>
                <numerusform>%n neue Einheiten aus {file} hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{imported} %n (entry|entries) could not be read: {problems}</source>
            <translation>
                <numerusform>{imported} %n Eintrag konnte nicht gelesen werden: {problems}</numerusform>
                <numerusform>{imported} %n Einträge konnten nicht gelesen werden: {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>History imported</source>
            <translation>Verlauf importiert</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Your goal is every day, so each day without practice ends the streak. A lower weekly goal in Settings gives you rest days.</source>
            <translation>Ihr Ziel ist, jeden Tag zu üben. Deshalb beendet jeder Tag ohne Übung die Serie. Mit einem niedrigeren Wochenziel in den Einstellungen bekommen Sie Ruhetage.</translation>
        </message>
        <message numerus="yes">
            <source>Rest days are part of the plan. Your goal is %n day(s) a week, so up to {rest_days} without practice in a week (Monday to Sunday) keep your streak going. The streak counts the days you practised.</source>
            <translation>
                <numerusform>Ruhetage gehören zum Plan. Ihr Ziel ist %n Tag pro Woche. Sie können also pro Woche (Montag bis Sonntag) bis zu {rest_days} aussetzen, ohne dass Ihre Serie endet. Die Serie zählt die Tage, an denen Sie geübt haben.</numerusform>
                <numerusform>Ruhetage gehören zum Plan. Ihr Ziel sind %n Tage pro Woche. Sie können also pro Woche (Montag bis Sonntag) bis zu {rest_days} aussetzen, ohne dass Ihre Serie endet. Die Serie zählt die Tage, an denen Sie geübt haben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>rest days allowed a week</comment>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <source>{explanation} Rest days left this week: {count}.</source>
            <translation>{explanation} Verbleibende Ruhetage in dieser Woche: {count}.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Ihr Fortschritt</translation>
        </message>
        <message>
            <source>Back</source>
            <comment>go back to the exercises</comment>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Back to the exercises (Esc)</source>
            <translation>Zurück zu den Übungen (Esc)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Save your history as a spreadsheet file for a physiotherapist, or as a KneeCoach file to import on another computer</source>
            <translation>Ihren Verlauf als Tabellendatei für den Physiotherapeuten speichern oder als KneeCoach-Datei, um ihn auf einem anderen Computer zu importieren</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importieren…</translation>
        </message>
        <message>
            <source>Add the sessions of a KneeCoach history file (those already here are skipped)</source>
            <translation>Die Einheiten aus einer KneeCoach-Verlaufsdatei hinzufügen (bereits vorhandene werden übersprungen)</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Aktuelle Serie</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>Längste Serie</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Diese Woche</translation>
        </message>
        <message>
            <source>Days practised this week against the weekly goal</source>
            <translation>Übungstage dieser Woche im Vergleich zum Wochenziel</translation>
        </message>
        <message>
            <source>Sessions in all</source>
            <translation>Einheiten insgesamt</translation>
        </message>
        <message>
            <source>How rest days work</source>
            <translation>So funktionieren Ruhetage</translation>
        </message>
        <message>
            <source>What counts as a practised day</source>
            <translation>Was als Übungstag zählt</translation>
        </message>
        <message>
            <source>Each square is a day: coloured when you practised, strongest with two sessions or more. Click a day to see its sessions.</source>
            <translation>Jedes Kästchen ist ein Tag: farbig, wenn Sie geübt haben, am kräftigsten bei zwei oder mehr Einheiten. Klicken Sie auf einen Tag, um seine Einheiten zu sehen.</translation>
        </message>
        <message>
            <source>Sessions on the chosen day</source>
            <translation>Einheiten am gewählten Tag</translation>
        </message>
        <message>
            <source>Your pain check-ins (0 = no pain, 10 = worst): after each routine, before it where you gave one, and the weekly average.</source>
            <translation>Ihre Schmerzangaben (0 = keine Schmerzen, 10 = stärkste Schmerzen): nach jedem Programm, davor (falls angegeben) und der Wochendurchschnitt.</translation>
        </message>
        <message>
            <source>Change pain…</source>
            <translation>Schmerz ändern…</translation>
        </message>
        <message>
            <source>Change the pain values of the chosen session</source>
            <translation>Die Schmerzwerte der gewählten Einheit ändern</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the chosen session (Del)</source>
            <translation>Die gewählte Einheit löschen (Entf)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Schmerzverlauf</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Alle Einheiten</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>length of a streak</comment>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s)</source>
            <translation>
                <numerusform>{practised} von %n Tag</numerusform>
                <numerusform>{practised} von %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s) practised, the goal</source>
            <translation>
                <numerusform>{practised} von %n Zieltag geübt</numerusform>
                <numerusform>{practised} von %n Zieltagen geübt</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation>Zwei Wochen ausblenden</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s) at {sessions}.</source>
            <translation>
                <numerusform>{date}: %n Einheit um {sessions}.</numerusform>
                <numerusform>{date}: %n Einheiten um {sessions}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{date}: no practice.</source>
            <translation>{date}: nicht geübt.</translation>
        </message>
        <message numerus="yes">
            <source>{time} (%n done)</source>
            <translation>
                <numerusform>{time} (%n Übung erledigt)</numerusform>
                <numerusform>{time} (%n Übungen erledigt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{time} (%n done, pain {pain} / 10)</source>
            <translation>
                <numerusform>{time} (%n Übung erledigt, Schmerz {pain} / 10)</numerusform>
                <numerusform>{time} (%n Übungen erledigt, Schmerz {pain} / 10)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Progression</name>
        <message>
            <source>Ready for longer holds?</source>
            <translation>Bereit für längere Haltezeiten?</translation>
        </message>
        <message numerus="yes">
            <source>You practised on %n of the last 7 days.</source>
            <translation>
                <numerusform>Sie haben an %n der letzten 7 Tage geübt.</numerusform>
                <numerusform>Sie haben an %n der letzten 7 Tage geübt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold each stretch for %n second(s) instead of {now}? You can change this any time in Settings.</source>
            <translation>
                <numerusform>Möchten Sie jede Dehnung %n Sekunde statt {now} halten? Sie können das jederzeit in den Einstellungen ändern.</numerusform>
                <numerusform>Möchten Sie jede Dehnung %n Sekunden statt {now} halten? Sie können das jederzeit in den Einstellungen ändern.</numerusform>
            </translation>
        </message>
        <message>
            <source>One of your check-ins in the last week was above {acceptable} out of 10.</source>
            <translation>Eine Ihrer Schmerzangaben in der letzten Woche lag über {acceptable} von 10.</translation>
        </message>
        <message>
            <source>Your knee pain rose during the routine in the last week.</source>
            <translation>Ihre Knieschmerzen haben in der letzten Woche während des Programms zugenommen.</translation>
        </message>
        <message>
            <source>Your pain check-ins have gone up over the last week.</source>
            <translation>Ihre Schmerzangaben sind in der letzten Woche gestiegen.</translation>
        </message>
        <message numerus="yes">
            <source>Hold each stretch for %n second(s) instead of {now}.</source>
            <translation>
                <numerusform>Halten Sie jede Dehnung %n Sekunde statt {now}.</numerusform>
                <numerusform>Halten Sie jede Dehnung %n Sekunden statt {now}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Circle your ankles %n time(s) each way instead of {now}.</source>
            <translation>
                <numerusform>Kreisen Sie die Füße %n Mal in jede Richtung statt {now} Mal.</numerusform>
                <numerusform>Kreisen Sie die Füße %n Mal in jede Richtung statt {now} Mal.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stretch only as far as is comfortable, and stop if the pain is sharp or getting worse. You can change this any time in Settings.</source>
            <translation>Dehnen Sie nur so weit, wie es bequem möglich ist, und hören Sie auf, wenn der Schmerz stechend ist oder stärker wird. Sie können das jederzeit in den Einstellungen ändern.</translation>
        </message>
        <message>
            <source>Ease off a little?</source>
            <translation>Etwas sanfter üben?</translation>
        </message>
    </context>
    <context>
        <name>RedFlagCheck</name>
        <message>
            <source>Is it safe to start?</source>
            <translation>Kann ich sicher beginnen?</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Nothing that needs a doctor first</source>
            <translation>Nichts, was zuerst ärztlich geklärt werden muss</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>I will ask first</source>
            <translation>Ich frage zuerst nach</translation>
        </message>
        <message>
            <source>Go on anyway</source>
            <translation>Trotzdem weitermachen</translation>
        </message>
    </context>
    <context>
        <name>RedFlags</name>
        <message>
            <source>Is your knee swollen, hot or red?</source>
            <translation>Ist Ihr Knie geschwollen, heiß oder gerötet?</translation>
        </message>
        <message>
            <source>Does your knee lock (get stuck) or give way?</source>
            <translation>Blockiert Ihr Knie (bleibt es stecken) oder knickt es weg?</translation>
        </message>
        <message>
            <source>Have you recently injured your knee or had a fall?</source>
            <translation>Haben Sie sich vor Kurzem am Knie verletzt oder sind Sie gestürzt?</translation>
        </message>
        <message>
            <source>Are you unable to put your weight on the leg?</source>
            <translation>Können Sie das Bein nicht belasten?</translation>
        </message>
        <message>
            <source>Do you have pain or swelling in your calf?</source>
            <translation>Haben Sie Schmerzen oder eine Schwellung in der Wade?</translation>
        </message>
        <message>
            <source>Before you start, a few quick questions about your knee. Answer yes if it is true for you now.</source>
            <translation>Bevor Sie beginnen, ein paar kurze Fragen zu Ihrem Knie. Antworten Sie mit Ja, wenn es jetzt auf Sie zutrifft.</translation>
        </message>
        <message>
            <source>Please see a doctor or physiotherapist before you start these exercises, and tell them what you answered yes to. They can look at your knee; KneeCoach cannot, and this is not a diagnosis.</source>
            <translation>Bitte lassen Sie Ihr Knie von einem Arzt oder Physiotherapeuten ansehen, bevor Sie mit diesen Übungen beginnen, und erzählen Sie, worauf Sie mit Ja geantwortet haben. Dort kann man Ihr Knie untersuchen; KneeCoach kann das nicht, und dies ist keine Diagnose.</translation>
        </message>
        <message>
            <source>Pain or swelling in the calf, or a leg you cannot put your weight on, should be seen by a doctor soon: today if you can.</source>
            <translation>Schmerzen oder eine Schwellung in der Wade oder ein Bein, das Sie nicht belasten können, sollte bald ein Arzt ansehen: wenn möglich noch heute.</translation>
        </message>
        <message>
            <source>If you choose to go on, go gently: only as far as is comfortable, and stop if the pain is sharp or getting worse.</source>
            <translation>Wenn Sie trotzdem weitermachen möchten, dann behutsam: nur so weit, wie es bequem möglich ist, und hören Sie auf, wenn der Schmerz stechend ist oder stärker wird.</translation>
        </message>
        <message>
            <source>Please see a doctor or physiotherapist first</source>
            <translation>Bitte zuerst zum Arzt oder Physiotherapeuten</translation>
        </message>
        <message>
            <source>Thank you. Go gently: only as far as is comfortable, and stop if the pain is sharp or getting worse. You can take this check again from the home page at any time.</source>
            <translation>Danke. Üben Sie behutsam: nur so weit, wie es bequem möglich ist, und hören Sie auf, wenn der Schmerz stechend ist oder stärker wird. Sie können diese Fragen jederzeit auf der Startseite erneut beantworten.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTimes</name>
        <message>
            <source>Add a time</source>
            <translation>Uhrzeit hinzufügen</translation>
        </message>
        <message>
            <source>Reminder time {number}</source>
            <translation>Erinnerungszeit {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>remove a reminder time</comment>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove reminder time {number}</source>
            <translation>Erinnerungszeit {number} entfernen</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>today {time}</source>
            <translation>heute um {time}</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <translation>morgen um {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a day of the week and a time of day</comment>
            <translation>{day} um {time}</translation>
        </message>
        <message>
            <source>Time for your knee routine</source>
            <translation>Zeit für Ihr Knieprogramm</translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) of gentle mobility for your knees.</source>
            <translation>
                <numerusform>Etwa %n Minute sanfte Beweglichkeitsübungen für Ihre Knie.</numerusform>
                <numerusform>Etwa %n Minuten sanfte Beweglichkeitsübungen für Ihre Knie.</numerusform>
            </translation>
        </message>
        <message>
            <source>You missed your {time} reminder; there is still time today. {reminder}</source>
            <translation>Sie haben Ihre Erinnerung um {time} verpasst; heute ist noch Zeit. {reminder}</translation>
        </message>
    </context>
    <context>
        <name>Routine</name>
        <message>
            <source>Ankles only</source>
            <translation>Nur Sprunggelenke</translation>
        </message>
        <message>
            <source>Hips only</source>
            <translation>Nur Hüften</translation>
        </message>
        <message>
            <source>Knee relief — ankles &amp; hips</source>
            <translation>Knieentlastung — Sprunggelenke &amp; Hüften</translation>
        </message>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation>Links und rechts je {seconds} s halten</translation>
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation>{seconds} s halten</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) each direction</source>
            <translation>
                <numerusform>je %n-mal rechts- und linksherum</numerusform>
                <numerusform>je %n-mal rechts- und linksherum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n-mal</numerusform>
                <numerusform>%n-mal</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>Usual</source>
            <translation>Standard</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Neues Programm</translation>
        </message>
        <message>
            <source>Start a routine of your own</source>
            <translation>Ein eigenes Programm anlegen</translation>
        </message>
        <message>
            <source>Copy</source>
            <comment>make a copy of the routine</comment>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Make a routine of your own from this one</source>
            <translation>Aus diesem Programm ein eigenes machen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete this routine of yours</source>
            <translation>Dieses eigene Programm löschen</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Name des Programms</translation>
        </message>
        <message>
            <source>Exercises in this routine, in order</source>
            <translation>Übungen in diesem Programm, der Reihe nach</translation>
        </message>
        <message>
            <source>Up</source>
            <comment>move the exercise earlier</comment>
            <translation>Nach oben</translation>
        </message>
        <message>
            <source>Earlier in the routine (Alt+Up)</source>
            <translation>Weiter nach vorn im Programm (Alt+↑)</translation>
        </message>
        <message>
            <source>Down</source>
            <comment>move the exercise later</comment>
            <translation>Nach unten</translation>
        </message>
        <message>
            <source>Later in the routine (Alt+Down)</source>
            <translation>Weiter nach hinten im Programm (Alt+↓)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Take it out of this routine (Del)</source>
            <translation>Aus diesem Programm herausnehmen (Entf)</translation>
        </message>
        <message>
            <source>Dose in this routine</source>
            <translation>Dosierung in diesem Programm</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Übung zum Hinzufügen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add the exercise chosen beside to this routine</source>
            <translation>Die daneben gewählte Übung zu diesem Programm hinzufügen</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Gesamtdauer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>hold time of an exercise</comment>
            <translation>Haltezeit</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Übung hinzufügen</translation>
        </message>
        <message>
            <source>Save &amp;&amp; use this routine</source>
            <translation>Speichern &amp;&amp; verwenden</translation>
        </message>
        <message>
            <source>Keep your changes; Start then runs the routine chosen on the left</source>
            <translation>Ihre Änderungen behalten; „Programm starten“ startet dann das links gewählte Programm</translation>
        </message>
        <message>
            <source>{routine} (built in)</source>
            <translation>{routine} (vorgegeben)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {minutes} min</source>
            <translation>
                <numerusform>%n Übung · etwa {minutes} min</numerusform>
                <numerusform>%n Übungen · etwa {minutes} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your routine: add exercises, put them in order and change a hold or count.</source>
            <translation>Ihr Programm: Übungen hinzufügen, ordnen und Haltezeit oder Anzahl ändern.</translation>
        </message>
        <message>
            <source>A built-in routine cannot be changed. Copy it to make one of your own.</source>
            <translation>Ein vorgegebenes Programm kann nicht geändert werden. Kopieren Sie es, um ein eigenes zu erstellen.</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Mein Programm</translation>
        </message>
        <message>
            <source>{routine} (copy)</source>
            <translation>{routine} (Kopie)</translation>
        </message>
        <message>
            <source>(an exercise that is no longer there)</source>
            <translation>(eine Übung, die es nicht mehr gibt)</translation>
        </message>
        <message>
            <source>{exercise} — {dose}</source>
            <translation>{exercise} — {dose}</translation>
        </message>
        <message>
            <source>{exercise} — {dose} (this routine)</source>
            <translation>{exercise} — {dose} (in diesem Programm)</translation>
        </message>
        <message>
            <source>Total: {summary}</source>
            <translation>Gesamt: {summary}</translation>
        </message>
        <message>
            <source>A routine</source>
            <translation>Ein Programm</translation>
        </message>
        <message>
            <source>“{routine}” needs a name and at least one exercise.</source>
            <translation>„{routine}“ braucht einen Namen und mindestens eine Übung.</translation>
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number of seconds</comment>
            <translation> s je Seite</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation> Wiederholungen</translation>
        </message>
        <message>
            <source>this exercise</source>
            <translation>diese Übung</translation>
        </message>
        <message>
            <source>Hold for {exercise}</source>
            <translation>Haltezeit für {exercise}</translation>
        </message>
        <message>
            <source>Reps for {exercise}</source>
            <translation>Wiederholungen für {exercise}</translation>
        </message>
    </context>
    <context>
        <name>RunKeyAutostart</name>
        <message>
            <source>Start at login could not be set: {error}</source>
            <translation>Der Start bei der Anmeldung konnte nicht eingerichtet werden: {error}</translation>
        </message>
        <message>
            <source>Start at login could not be removed: {error}</source>
            <translation>Der Start bei der Anmeldung konnte nicht entfernt werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Take your time getting down onto the floor.</source>
            <translation>Lassen Sie sich Zeit, um sich auf den Boden zu begeben.</translation>
        </message>
        <message>
            <source>Take your time getting up from the floor.</source>
            <translation>Lassen Sie sich Zeit, um vom Boden aufzustehen.</translation>
        </message>
    </context>
    <context>
        <name>ScreenAwake</name>
        <message>
            <source>A KneeCoach routine is in progress</source>
            <translation>Ein KneeCoach-Programm läuft</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Routine in progress</source>
            <translation>Programm läuft</translation>
        </message>
        <message>
            <source>Side</source>
            <comment>left or right side of the body</comment>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Anleitung</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sicherheit</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>what comes after this step</comment>
            <translation>Als Nächstes</translation>
        </message>
        <message>
            <source>paused</source>
            <comment>under a countdown that is stopped</comment>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>of {count}</source>
            <comment>under the rep in progress: 7 of 12</comment>
            <translation>von {count}</translation>
        </message>
        <message>
            <source>◀  Back</source>
            <comment>go back one part: the first side, the start of this exercise, the previous one</comment>
            <translation>◀  Zurück</translation>
        </message>
        <message>
            <source>Back: to the first side, then the start of this exercise, then the previous one</source>
            <translation>Zurück: zur ersten Seite, dann zum Anfang dieser Übung, dann zur vorigen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausieren oder fortsetzen</translation>
        </message>
        <message>
            <source>Skip  ▶</source>
            <comment>go to the next exercise</comment>
            <translation>Überspringen  ▶</translation>
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation>Zur nächsten Übung springen</translation>
        </message>
        <message>
            <source>Restart exercise</source>
            <translation>Übung neu starten</translation>
        </message>
        <message>
            <source>Restart this exercise</source>
            <translation>Diese Übung neu starten</translation>
        </message>
        <message>
            <source>Fullscreen</source>
            <translation>Vollbild</translation>
        </message>
        <message>
            <source>Fullscreen on or off</source>
            <translation>Vollbild ein oder aus</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Stop the routine</source>
            <translation>Programm beenden</translation>
        </message>
        <message>
            <source>{action} ({key})</source>
            <comment>a control and its shortcut key</comment>
            <translation>{action} ({key})</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation>Übung {number} von {count}</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Pausiert</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Als Nächstes: Ende</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>Als Nächstes: {exercise}</translation>
        </message>
        <message>
            <source>Next: rest, then {exercise}</source>
            <translation>Als Nächstes: Pause, dann {exercise}</translation>
        </message>
        <message>
            <source>Next: switch to the left side</source>
            <translation>Als Nächstes: Wechsel auf die linke Seite</translation>
        </message>
        <message>
            <source>Next: switch to the right side</source>
            <translation>Als Nächstes: Wechsel auf die rechte Seite</translation>
        </message>
        <message>
            <source>Next: change direction, {direction}</source>
            <translation>Als Nächstes: Richtung wechseln, {direction}</translation>
        </message>
        <message numerus="yes">
            <source>Next: %n circle(s), {direction}</source>
            <translation>
                <numerusform>Als Nächstes: %n Kreis, {direction}</numerusform>
                <numerusform>Als Nächstes: %n Kreise, {direction}</numerusform>
            </translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <comment>the next step, e.g. hold</comment>
            <translation>Als Nächstes: {step}</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <comment>under the seconds left</comment>
            <translation>
                <numerusform>Sekunde</numerusform>
                <numerusform>Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture: {exercise}, left</source>
            <translation>Bild: {exercise}, links</translation>
        </message>
        <message>
            <source>Picture: {exercise}, right</source>
            <translation>Bild: {exercise}, rechts</translation>
        </message>
        <message>
            <source>Picture: {exercise}, both sides</source>
            <translation>Bild: {exercise}, beide Seiten</translation>
        </message>
        <message>
            <source>Leave fullscreen</source>
            <translation>Vollbild verlassen</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the default, {value}, is used instead</source>
            <translation>stattdessen wird der Standardwert {value} verwendet</translation>
        </message>
        <message>
            <source>{name} must be a list of texts; {fallback}</source>
            <translation>{name} muss eine Liste von Texten sein; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be true or false; {fallback}</source>
            <translation>{name} muss true oder false sein; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be a number; {fallback}</source>
            <translation>{name} muss eine Zahl sein; {fallback}</translation>
        </message>
        <message>
            <source>{name} is {value}, outside {low}–{high}; {fallback}</source>
            <translation>{name} ist {value}, außerhalb von {low}–{high}; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be one of {choices}; {fallback}</source>
            <translation>{name} muss einer dieser Werte sein: {choices}; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be a text; {fallback}</source>
            <translation>{name} muss ein Text sein; {fallback}</translation>
        </message>
        <message>
            <source>{name} must name days among {days}; {fallback}</source>
            <translation>{name} darf nur Tage aus {days} nennen; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be 1 to {most} times written like "{example}"; {fallback}</source>
            <translation>{name} muss 1 bis {most} Uhrzeiten in der Form „{example}“ enthalten; {fallback}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>KneeCoach settings</source>
            <translation>KneeCoach-Einstellungen</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Programm</translation>
        </message>
        <message>
            <source>Sound &amp;&amp; display</source>
            <comment>tab title; &amp;&amp; shows as one &amp;</comment>
            <translation>Ton &amp;&amp; Anzeige</translation>
        </message>
        <message>
            <source>Remind me every day</source>
            <translation>Jeden Tag erinnern</translation>
        </message>
        <message>
            <source>Remind on {day}</source>
            <translation>Am {day} erinnern</translation>
        </message>
        <message>
            <source>At</source>
            <comment>reminder times</comment>
            <translation>Uhrzeiten</translation>
        </message>
        <message>
            <source>On</source>
            <comment>reminder days</comment>
            <translation>Wochentage</translation>
        </message>
        <message>
            <source>Ask how my knee is before each routine</source>
            <translation>Vor jedem Programm fragen, wie es meinem Knie geht</translation>
        </message>
        <message>
            <source>With the answer after the routine, it shows whether the exercises ease your knee</source>
            <translation>Zusammen mit der Antwort nach dem Programm zeigt es, ob die Übungen Ihr Knie entlasten</translation>
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number</comment>
            <translation> s je Seite</translation>
        </message>
        <message>
            <source> each direction</source>
            <comment>after a number of reps</comment>
            <translation> je Richtung</translation>
        </message>
        <message>
            <source> s per rep</source>
            <comment>after a number</comment>
            <translation> s pro Wiederholung</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds, after a number</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>At least this long. An exercise with several set-up steps gets longer: time to read each of them on its own.</source>
            <translation>Mindestens so lange. Eine Übung mit mehreren Schritten zur Vorbereitung bekommt mehr Zeit: Zeit, jeden davon einzeln zu lesen.</translation>
        </message>
        <message>
            <source>Hold each stretch</source>
            <translation>Jede Dehnung halten</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <translation>Fußkreisen</translation>
        </message>
        <message>
            <source>Rep pace</source>
            <translation>Tempo der Wiederholungen</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Vorbereitung</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Seitenwechsel</translation>
        </message>
        <message>
            <source>Rest between exercises</source>
            <translation>Pause zwischen den Übungen</translation>
        </message>
        <message>
            <source>The article's dosage is a 30-second hold and 10–15 ankle circles each direction. Exercises you added keep the dosage you gave them.</source>
            <translation>Die Dosierung aus dem Artikel: jede Dehnung 30 Sekunden halten und die Sprunggelenke 10–15-mal in jede Richtung kreisen lassen. Übungen, die Sie selbst hinzugefügt haben, behalten die Dosierung, die Sie ihnen gegeben haben.</translation>
        </message>
        <message>
            <source>Offer longer holds as I progress</source>
            <translation>Längere Haltezeiten anbieten, wenn ich Fortschritte mache</translation>
        </message>
        <message>
            <source>After a week of regular practice, offer holds {step} seconds longer, up to {ceiling}</source>
            <translation>Nach einer Woche regelmäßigen Übens {step} Sekunden längere Haltezeiten anbieten, bis höchstens {ceiling}</translation>
        </message>
        <message>
            <source>After a week of regular practice KneeCoach offers {step} s more (up to {ceiling} s), and offers to step back if your pain check-ins go up. It only asks.</source>
            <translation>Nach einer Woche regelmäßigen Übens bietet KneeCoach {step} s mehr an (bis {ceiling} s) und schlägt vor, wieder zu verkürzen, wenn Ihre Schmerzangaben steigen. KneeCoach fragt immer vorher.</translation>
        </message>
        <message>
            <source> days a week</source>
            <comment>after a number</comment>
            <translation> Tage pro Woche</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Wochenziel</translation>
        </message>
        <message>
            <source>The days you do not need for your goal are rest days: they keep your streak going.</source>
            <translation>Die Tage, die Sie für Ihr Ziel nicht brauchen, sind Ruhetage: Ihre Serie läuft an diesen Tagen weiter.</translation>
        </message>
        <message>
            <source>Chimes at each step</source>
            <translation>Signalton bei jedem Schritt</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Lautstärke der Signaltöne</translation>
        </message>
        <message>
            <source>Spoken cues (where the computer has a voice)</source>
            <translation>Sprachansagen (wenn der Computer eine Stimme hat)</translation>
        </message>
        <message>
            <source>Breathing guide during holds</source>
            <translation>Atemhilfe beim Halten</translation>
        </message>
        <message>
            <source>Moving figures (off: still pictures, less motion)</source>
            <translation>Bewegte Figuren (aus: Standbilder, weniger Bewegung)</translation>
        </message>
        <message>
            <source>Far from the screen: larger type during the routine</source>
            <translation>Weit weg vom Bildschirm: größere Schrift während der Übungen</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <source>Start in full screen</source>
            <translation>Im Vollbild starten</translation>
        </message>
        <message>
            <source>As the computer is set</source>
            <translation>Wie am Computer eingestellt</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>A new language is used from the next start of KneeCoach.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von KneeCoach.</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Lautstärke</translation>
        </message>
        <message>
            <source>Choose at least one day for your reminder.</source>
            <translation>Wählen Sie mindestens einen Tag für Ihre Erinnerung.</translation>
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>Settings are read-only</source>
            <translation>Einstellungen sind schreibgeschützt</translation>
        </message>
        <message>
            <source>Your settings file: {problem}.</source>
            <translation>Ihre Einstellungsdatei: {problem}.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>Einstellungen konnten nicht gelesen werden</translation>
        </message>
        <message>
            <source>Your settings file could not be read: {problem}. It was kept unchanged as {file} in {folder}; the default settings are used.</source>
            <translation>Ihre Einstellungsdatei konnte nicht gelesen werden: {problem}. Die Datei wurde unverändert als {file} in {folder} aufbewahrt; es gelten die Standardeinstellungen.</translation>
        </message>
        <message>
            <source>Some settings were not valid</source>
            <translation>Einige Einstellungen waren ungültig</translation>
        </message>
        <message>
            <source>In your settings file, {problems}. The original file was kept as {file} in {folder}.</source>
            <translation>In Ihrer Einstellungsdatei: {problems}. Die ursprüngliche Datei wurde als {file} in {folder} aufbewahrt.</translation>
        </message>
    </context>
    <context>
        <name>SoundCheck</name>
        <message>
            <source>Sound support could not be loaded on this computer. On Linux, install the PulseAudio client library (libpulse0).</source>
            <translation>Die Tonunterstützung konnte auf diesem Computer nicht geladen werden. Installieren Sie unter Linux die PulseAudio-Clientbibliothek (libpulse0).</translation>
        </message>
        <message>
            <source>No speakers or headphones were found.</source>
            <translation>Es wurden keine Lautsprecher oder Kopfhörer gefunden.</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Ton testen</translation>
        </message>
        <message>
            <source>Play a chime at this volume</source>
            <translation>Einen Klang in dieser Lautstärke abspielen</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Stimme testen</translation>
        </message>
        <message>
            <source>Hear how a cue sounds</source>
            <translation>Hören, wie eine Ansage klingt</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Testergebnis</translation>
        </message>
        <message>
            <source>No sound: {problem}</source>
            <translation>Kein Ton: {problem}</translation>
        </message>
        <message>
            <source>A chime plays at volume {volume} %. If you hear nothing, check your speakers and the computer's volume.</source>
            <translation>Ein Klang wird mit Lautstärke {volume} % abgespielt. Wenn Sie nichts hören, prüfen Sie die Lautsprecher und die Lautstärke des Computers.</translation>
        </message>
        <message>
            <source>No sound: the chime could not be loaded.</source>
            <translation>Kein Ton: Der Klang konnte nicht geladen werden.</translation>
        </message>
        <message>
            <source>Speaking: “{words}” If you hear nothing, check your speakers and the computer's volume.</source>
            <translation>Ansage: „{words}“ Wenn Sie nichts hören, prüfen Sie die Lautsprecher und die Lautstärke des Computers.</translation>
        </message>
    </context>
    <context>
        <name>StatCard</name>
        <message>
            <source>{caption}: {value}</source>
            <translation>{caption}: {value}</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>'{field}' is not a list of sessions</source>
            <translation>„{field}“ ist keine Liste von Einheiten</translation>
        </message>
        <message>
            <source>it is not a table</source>
            <translation>der Eintrag ist keine Tabelle</translation>
        </message>
        <message>
            <source>session #{number}: {problem}</source>
            <translation>Einheit Nr. {number}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>TomlFile</name>
        <message>
            <source>it could not be opened ({reason})</source>
            <translation>die Datei konnte nicht geöffnet werden ({reason})</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>it is not an ordinary file</source>
            <translation>es ist keine gewöhnliche Datei</translation>
        </message>
        <message>
            <source>it is larger than {size} MB, too large to be read</source>
            <translation>die Datei ist größer als {size} MB, zu groß zum Lesen</translation>
        </message>
        <message>
            <source>it is saved as UTF-16, not as UTF-8 text</source>
            <translation>die Datei ist als UTF-16 gespeichert, nicht als UTF-8-Text</translation>
        </message>
        <message>
            <source>it is not a text file</source>
            <translation>die Datei ist keine Textdatei</translation>
        </message>
        <message>
            <source>it is damaged or was edited by hand ({error})</source>
            <translation>die Datei ist beschädigt oder wurde von Hand bearbeitet ({error})</translation>
        </message>
        <message>
            <source>its lists or tables are nested too deeply</source>
            <translation>ihre Listen oder Tabellen sind zu tief verschachtelt</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>KneeCoach is not allowed to write in {folder}</source>
            <translation>KneeCoach darf nicht in {folder} schreiben</translation>
        </message>
        <message>
            <source>{file} could not be saved: {reason}.</source>
            <translation>{file} konnte nicht gespeichert werden: {reason}.</translation>
        </message>
        <message>
            <source>KneeCoach is not allowed to write in {folder}, so nothing can be saved.</source>
            <translation>KneeCoach darf nicht in {folder} schreiben, daher kann nichts gespeichert werden.</translation>
        </message>
        <message>
            <source>{folder} cannot be written to ({reason}).</source>
            <translation>In {folder} kann nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <source>it has no valid schema_version</source>
            <translation>die Datei hat keine gültige schema_version</translation>
        </message>
        <message>
            <source>it was written by a newer version of KneeCoach (format {version}); it is shown but not changed</source>
            <translation>die Datei wurde von einer neueren Version von KneeCoach geschrieben (Format {version}); sie wird angezeigt, aber nicht geändert</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Start routine</source>
            <translation>Programm starten</translation>
        </message>
        <message>
            <source>Open KneeCoach</source>
            <translation>KneeCoach öffnen</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>In 15 min erinnern</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>In 1 Stunde erinnern</translation>
        </message>
        <message>
            <source>Skip today</source>
            <translation>Heute auslassen</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Einstellungen…</translation>
        </message>
        <message>
            <source>Quit KneeCoach</source>
            <translation>KneeCoach beenden</translation>
        </message>
    </context>
    <context>
        <name>UserFile</name>
        <message>
            <source>'{field}' is not a list</source>
            <translation>„{field}“ ist keine Liste</translation>
        </message>
        <message>
            <source>The file {file}: {problem}.</source>
            <translation>Datei {file}: {problem}.</translation>
        </message>
        <message>
            <source>Part of the file could not be used: {problems}. The rest is used, and the original file was kept as {file} in {folder}.</source>
            <translation>Ein Teil der Datei konnte nicht verwendet werden: {problems}. Der Rest wird verwendet, und die ursprüngliche Datei wurde als {file} in {folder} aufbewahrt.</translation>
        </message>
        <message>
            <source>it could not be read, nor set aside ({reason})</source>
            <translation>die Datei konnte weder gelesen noch beiseitegelegt werden ({reason})</translation>
        </message>
        <message>
            <source>The file {file} could not be read ({problem}) and is left as it is; nothing in it is changed.</source>
            <translation>Die Datei {file} konnte nicht gelesen werden ({problem}) und bleibt, wie sie ist; darin wird nichts geändert.</translation>
        </message>
        <message>
            <source>In {file}: {problems}. They are kept in the file unchanged until you mend them.</source>
            <translation>In {file}: {problems}. Diese Einträge bleiben unverändert in der Datei, bis Sie sie korrigieren.</translation>
        </message>
        <message>
            <source>{file} is not changed: {reason}. Your change applies until you quit.</source>
            <translation>{file} wird nicht geändert: {reason}. Ihre Änderung gilt, bis Sie KneeCoach beenden.</translation>
        </message>
    </context>
    <context>
        <name>VersionedFile</name>
        <message>
            <source>its format {version} could not be upgraded</source>
            <translation>ihr Format {version} konnte nicht aktualisiert werden</translation>
        </message>
        <message>
            <source>its original could not be kept in a copy</source>
            <translation>das Original konnte nicht als Kopie aufbewahrt werden</translation>
        </message>
    </context>
    <context>
        <name>Voice</name>
        <message>
            <source>Speech support could not be loaded on this computer, so KneeCoach cannot speak. The chimes and the words on screen still guide you.</source>
            <translation>Die Sprachausgabe konnte auf diesem Computer nicht geladen werden, daher kann KneeCoach nicht sprechen. Klänge und Text auf dem Bildschirm leiten Sie weiterhin an.</translation>
        </message>
        <message>
            <source>This computer has no text-to-speech engine, so KneeCoach cannot speak. On Linux, install speech-dispatcher and espeak-ng, then try again.</source>
            <translation>Dieser Computer hat keine Sprachausgabe, daher kann KneeCoach nicht sprechen. Installieren Sie unter Linux speech-dispatcher und espeak-ng und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The computer's speech engine is not working ({details}), so KneeCoach cannot speak. On Linux, check that speech-dispatcher is installed and running.</source>
            <translation>Die Sprachausgabe des Computers funktioniert nicht ({details}), daher kann KneeCoach nicht sprechen. Prüfen Sie unter Linux, ob speech-dispatcher installiert ist und läuft.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message numerus="yes">
            <source>about %n minute(s) in all</source>
            <translation>
                <numerusform>insgesamt etwa %n Minute</numerusform>
                <numerusform>insgesamt etwa %n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each day, {app} guides you through %n gentle exercise(s) for your ankles and hips: {length}.</source>
            <translation>
                <numerusform>Jeden Tag führt {app} Sie durch %n sanfte Übung für Ihre Sprunggelenke und Hüften: {length}.</numerusform>
                <numerusform>Jeden Tag führt {app} Sie durch %n sanfte Übungen für Ihre Sprunggelenke und Hüften: {length}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{exercise}: %n in each direction.</source>
            <translation>
                <numerusform>{exercise}: %n Wiederholung in jede Richtung.</numerusform>
                <numerusform>{exercise}: %n Wiederholungen in jede Richtung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (stretch|stretches), each held for {hold} on each side.</source>
            <translation>
                <numerusform>%n Dehnung, auf jeder Seite {hold} lang gehalten.</numerusform>
                <numerusform>%n Dehnungen, jeweils auf jeder Seite {hold} lang gehalten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>One stretch held for %n second(s) on each side.</source>
            <translation>
                <numerusform>Eine Dehnung, auf jeder Seite %n Sekunde lang gehalten.</numerusform>
                <numerusform>Eine Dehnung, auf jeder Seite %n Sekunden lang gehalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Big timers count down every hold and a chime tells you when to switch sides, so you can follow from your mat.</source>
            <translation>Große Zeitanzeigen zählen jede Haltezeit herunter, und ein Signalton sagt Ihnen, wann Sie die Seite wechseln. So können Sie alles von Ihrer Matte aus verfolgen.</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Willkommen bei {app}</translation>
        </message>
        <message>
            <source>I practise far from the screen: show the routine in larger type</source>
            <translation>Ich übe weit weg vom Bildschirm: die Übungen in größerer Schrift zeigen</translation>
        </message>
        <message>
            <source>A voice that coaches</source>
            <translation>Eine Stimme, die Sie anleitet</translation>
        </message>
        <message>
            <source>To stay safe</source>
            <translation>Zu Ihrer Sicherheit</translation>
        </message>
        <message>
            <source>Remind me every day at</source>
            <translation>Jeden Tag erinnern um</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Erinnerungszeit</translation>
        </message>
        <message>
            <source>Speak the cues: each exercise and side, when to switch, halfway and the last five seconds of each hold</source>
            <translation>Ansagen sprechen: jede Übung und Seite, den Seitenwechsel, die Halbzeit und die letzten fünf Sekunden jeder Haltezeit</translation>
        </message>
        <message>
            <source>Add KneeCoach to my applications menu, to start it from there</source>
            <translation>KneeCoach in mein Anwendungsmenü aufnehmen, um es von dort zu starten</translation>
        </message>
        <message>
            <source>Also in Settings; nothing is added when you skip this</source>
            <translation>Auch in den Einstellungen; beim Überspringen wird nichts hinzugefügt</translation>
        </message>
        <message>
            <source>Let’s begin</source>
            <translation>Los geht’s</translation>
        </message>
        <message>
            <source>Skip</source>
            <comment>close the welcome</comment>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Close this; everything here is also in Settings</source>
            <translation>Schließen; all das finden Sie auch in den Einstellungen</translation>
        </message>
        <message>
            <source>Your daily reminder</source>
            <translation>Ihre tägliche Erinnerung</translation>
        </message>
        <message>
            <source>You can change all of this later in Settings (Ctrl+,).</source>
            <translation>Sie können all das später in den Einstellungen ändern (Strg+,).</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>long date pattern</comment>
            <translation>dddd, d. MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>short date pattern</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>day and month pattern</comment>
            <translation>d. MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>table date pattern</comment>
            <translation>ddd, d. MMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month pattern</comment>
            <translation>MMMM yyyy</translation>
        </message>
    </context>
</TS>
