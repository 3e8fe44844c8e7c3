<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>Announcer</name>
        <message>
            <source>Rep {number} of {total}</source>
            <translation>Répétition {number} sur {total}</translation>
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation>En pause. Appuyez sur Espace pour continuer.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>On reprend.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>KneeCoach cannot start</source>
            <translation>KneeCoach ne peut pas démarrer</translation>
        </message>
        <message>
            <source>Something went wrong as KneeCoach started:

{problem}

The details are in {log}.</source>
            <translation>Un problème est survenu au démarrage de KneeCoach :

{problem}

Les détails se trouvent dans {log}.</translation>
        </message>
        <message>
            <source>The exercises could not be loaded.

{problem}</source>
            <translation>Les exercices n’ont pas pu être chargés.

{problem}</translation>
        </message>
        <message>
            <source>Today: done ✓</source>
            <translation>Aujourd’hui : fait ✓</translation>
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation>Aujourd’hui : pas encore fait</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Série : %n jour</numerusform>
                <numerusform>Série : %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Next reminder: {when}</source>
            <translation>Prochain rappel : {when}</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Commencer maintenant</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>Rappeler dans 15 min</translation>
        </message>
        <message>
            <source>{reminder} Click here to start.</source>
            <translation>{reminder} Cliquez ici pour commencer.</translation>
        </message>
        <message numerus="yes">
            <source>Yes, %n second(s)</source>
            <translation>
                <numerusform>Oui, %n seconde</numerusform>
                <numerusform>Oui, %n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No, keep %n</source>
            <comment>keep holding for n seconds</comment>
            <translation>
                <numerusform>Non, garder %n seconde</numerusform>
                <numerusform>Non, garder %n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>Start KneeCoach when you log in?</source>
            <translation>Lancer KneeCoach à l’ouverture de votre session ?</translation>
        </message>
        <message>
            <source>It then waits quietly in the tray and reminds you each day at {times}.</source>
            <translation>Il attend alors discrètement dans la zone de notification et vous rappelle vos exercices chaque jour à {times}.</translation>
        </message>
        <message>
            <source>Yes, start at login</source>
            <translation>Oui, lancer à l’ouverture de session</translation>
        </message>
        <message>
            <source>{earlier} and {later}</source>
            <comment>reminder times</comment>
            <translation>{earlier} et {later}</translation>
        </message>
        <message>
            <source>It then starts with no window and reminds you each day at {times} with a notification.</source>
            <translation>Il démarre alors sans fenêtre et vous rappelle vos exercices chaque jour à {times} par une notification.</translation>
        </message>
        <message>
            <source>Yes, ease off</source>
            <translation>Oui, un peu moins</translation>
        </message>
        <message>
            <source>No, keep it as it is</source>
            <translation>Non, garder ainsi</translation>
        </message>
        <message>
            <source>KneeCoach is still here</source>
            <translation>KneeCoach est toujours là</translation>
        </message>
        <message>
            <source>It waits in the tray to remind you. To quit, choose Quit KneeCoach in this menu.</source>
            <translation>Il attend dans la zone de notification pour vous rappeler vos exercices. Pour le fermer, choisissez « Quitter KneeCoach » dans ce menu.</translation>
        </message>
    </context>
    <context>
        <name>AppStateStore</name>
        <message>
            <source>Reminder state is not saved</source>
            <translation>L’état des rappels n’est pas enregistré</translation>
        </message>
        <message>
            <source>A small file KneeCoach keeps for its reminders ({file}): {problem}.</source>
            <translation>Un petit fichier que KneeCoach utilise pour ses rappels ({file}) : {problem}.</translation>
        </message>
        <message>
            <source>Reminder state was reset</source>
            <translation>L’état des rappels a été réinitialisé</translation>
        </message>
        <message>
            <source>A small file KneeCoach keeps for its reminders could not be read: {problem}. It was set aside as {file}; your history is not affected.</source>
            <translation>Un petit fichier que KneeCoach utilise pour ses rappels n’a pas pu être lu : {problem}. Il a été mis de côté sous le nom {file} ; votre historique n’est pas touché.</translation>
        </message>
        <message>
            <source>Part of the reminder state was reset</source>
            <translation>Une partie de l’état des rappels a été réinitialisée</translation>
        </message>
        <message>
            <source>In a small file KneeCoach keeps for its reminders, {problems}; that part was reset. The original file was kept as {file} in {folder}; your history is not affected.</source>
            <translation>Dans un petit fichier que KneeCoach utilise pour ses rappels : {problems} ; cette partie a été réinitialisée. Le fichier d’origine a été conservé sous le nom {file} dans {folder} ; votre historique n’est pas touché.</translation>
        </message>
        <message>
            <source>{keys} could not be used</source>
            <translation>{keys} n’a pas pu être utilisé</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Start KneeCoach when I log in (it waits in the tray)</source>
            <translation>Lancer KneeCoach à l’ouverture de ma session (il attend dans la zone de notification)</translation>
        </message>
        <message>
            <source>Start KneeCoach when I log in (it reminds you, with no window)</source>
            <translation>Lancer KneeCoach à l’ouverture de ma session (rappels sans fenêtre)</translation>
        </message>
        <message>
            <source>Keep reminding me from the tray</source>
            <translation>Continuer les rappels depuis la zone de notification</translation>
        </message>
        <message>
            <source>Ask me the first time</source>
            <translation>Me demander la première fois</translation>
        </message>
        <message>
            <source>Keep reminding me in the background</source>
            <translation>Continuer les rappels en arrière-plan</translation>
        </message>
        <message>
            <source>Quit KneeCoach</source>
            <translation>Quitter KneeCoach</translation>
        </message>
        <message>
            <source>When I close the window</source>
            <translation>Quand je ferme la fenêtre</translation>
        </message>
        <message>
            <source>Keep reminding you?</source>
            <translation>Continuer les rappels ?</translation>
        </message>
        <message>
            <source>Keep reminding you after the window is closed?</source>
            <translation>Continuer à vous rappeler vos exercices une fois la fenêtre fermée ?</translation>
        </message>
        <message>
            <source>This desktop shows no tray icon for KneeCoach. It can keep running without a window and remind you at {times} with a notification.

To see the window again, open KneeCoach from your applications. To quit, press Ctrl+Q in the window or choose Quit KneeCoach in its notification.

KneeCoach remembers your answer; you can change it in Settings.</source>
            <translation>Ce bureau n’affiche pas d’icône de KneeCoach dans la zone de notification. KneeCoach peut continuer sans fenêtre et vous rappeler vos exercices à {times} par une notification.

Pour revoir la fenêtre, ouvrez KneeCoach depuis vos applications. Pour quitter, appuyez sur Ctrl+Q dans la fenêtre ou choisissez « Quitter KneeCoach » dans sa notification.

KneeCoach retient votre réponse ; vous pouvez la changer dans les Paramètres.</translation>
        </message>
        <message>
            <source>Open KneeCoach</source>
            <translation>Ouvrir KneeCoach</translation>
        </message>
        <message>
            <source>KneeCoach keeps reminding you</source>
            <translation>KneeCoach continue de vous rappeler vos exercices</translation>
        </message>
        <message>
            <source>Its window is closed; your reminders still come. To quit, choose Quit KneeCoach here.</source>
            <translation>La fenêtre est fermée ; vos rappels arrivent toujours. Pour quitter, choisissez ici « Quitter KneeCoach ».</translation>
        </message>
        <message>
            <source>KneeCoach was reminding you in the background</source>
            <translation>KneeCoach vous rappelait vos exercices en arrière-plan</translation>
        </message>
        <message>
            <source>Closing the window keeps it reminding you. To stop it, quit KneeCoach (Ctrl+Q).</source>
            <translation>La fenêtre fermée, il continue de vous rappeler vos exercices. Pour l’arrêter, quittez KneeCoach (Ctrl+Q).</translation>
        </message>
    </context>
    <context>
        <name>BreathingPacer</name>
        <message>
            <source>Breathing pacer</source>
            <translation>Guide de respiration</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeatmap</name>
        <message>
            <source>Practice calendar</source>
            <translation>Calendrier de pratique</translation>
        </message>
        <message>
            <source>{date}: still to come</source>
            <translation>Le {date} : à venir</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s)</source>
            <translation>
                <numerusform>Le {date} : %n séance</numerusform>
                <numerusform>Le {date} : %n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>{date}: no practice</source>
            <translation>Le {date} : aucune séance</translation>
        </message>
        <message numerus="yes">
            <source>Selected: {date}, %n session(s)</source>
            <translation>
                <numerusform>Jour choisi : {date}, %n séance</numerusform>
                <numerusform>Jour choisi : {date}, %n séances</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected: {date}, no practice</source>
            <translation>Jour choisi : {date}, aucune séance</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation>Maintenez {seconds} s de chaque côté</translation>
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation>Maintenez {seconds} s</translation>
        </message>
        <message>
            <source>{low}–{high}</source>
            <comment>a range of reps</comment>
            <translation>{low} à {high}</translation>
        </message>
        <message>
            <source>{reps} reps each direction</source>
            <translation>{reps} répétitions dans chaque sens</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} répétitions</translation>
        </message>
        <message>
            <source>is used twice</source>
            <translation>est utilisé deux fois</translation>
        </message>
        <message>
            <source>use lower-case letters, digits and dashes, e.g. 'calf-stretch'</source>
            <translation>utilisez des lettres minuscules, des chiffres et des tirets, p. ex. 'calf-stretch'</translation>
        </message>
        <message>
            <source>is not a field of a '{kind}' exercise</source>
            <translation>n’est pas un champ d’un exercice de type '{kind}'</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>est manquant</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>doit être un texte non vide</translation>
        </message>
        <message numerus="yes">
            <source>must be a list of at least %n non-empty text(s)</source>
            <translation>
                <numerusform>doit être une liste d’au moins %n texte non vide</numerusform>
                <numerusform>doit être une liste d’au moins %n textes non vides</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a list of non-empty texts</source>
            <translation>doit être une liste de textes non vides</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>doit être un nombre entier de {low} à {high}</translation>
        </message>
        <message>
            <source>is {value}; it must be from {low} to {high}</source>
            <translation>vaut {value} ; il doit être compris entre {low} et {high}</translation>
        </message>
        <message>
            <source>is {value}; it must be one of {options}</source>
            <translation>vaut {value} ; il doit être l’une de ces valeurs : {options}</translation>
        </message>
        <message>
            <source>must list one or both of {options}, each once</source>
            <translation>doit indiquer {options} (l’un ou les deux), chacun une seule fois</translation>
        </message>
    </context>
    <context>
        <name>Coach</name>
        <message>
            <source>{reason} It is kept while KneeCoach is open and saved again with your next change or when you quit.</source>
            <translation>{reason} Elle est conservée tant que KneeCoach est ouvert et sera de nouveau enregistrée lors de votre prochaine modification ou quand vous quitterez l’application.</translation>
        </message>
        <message>
            <source>{reason} It applies only until you quit.</source>
            <translation>{reason} Elle ne s’applique que jusqu’à ce que vous quittiez KneeCoach.</translation>
        </message>
        <message>
            <source>Your change could not be saved</source>
            <translation>Votre modification n’a pas pu être enregistrée</translation>
        </message>
        <message>
            <source>That session is no longer in your history</source>
            <translation>Cette séance n’est plus dans votre historique</translation>
        </message>
        <message>
            <source>Its file was changed outside KneeCoach. The list now shows what is there.</source>
            <translation>Son fichier a été modifié en dehors de KneeCoach. La liste montre maintenant ce qu’il contient.</translation>
        </message>
        <message>
            <source>Start at login not changed</source>
            <translation>Lancement à l’ouverture de session inchangé</translation>
        </message>
        <message>
            <source>The picture was not kept</source>
            <translation>L’image n’a pas été conservée</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation>Compte à rebours</translation>
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
            <translation>droite</translation>
        </message>
        <message>
            <source>left</source>
            <comment>the side of the body</comment>
            <translation>gauche</translation>
        </message>
        <message>
            <source>clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation>sens horaire</translation>
        </message>
        <message>
            <source>counter-clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation>sens antihoraire</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparez-vous</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>a stretch held still</comment>
            <translation>Maintenez</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Changez de côté</translation>
        </message>
        <message>
            <source>Change direction</source>
            <translation>Changez de sens</translation>
        </message>
        <message>
            <source>Circles</source>
            <comment>ankle circles being done now</comment>
            <translation>Rotations</translation>
        </message>
        <message>
            <source>Rest</source>
            <comment>a pause between exercises</comment>
            <translation>Repos</translation>
        </message>
        <message>
            <source>RIGHT first</source>
            <comment>the side an exercise starts with</comment>
            <translation>DROITE d’abord</translation>
        </message>
        <message>
            <source>LEFT first</source>
            <comment>the side an exercise starts with</comment>
            <translation>GAUCHE d’abord</translation>
        </message>
        <message>
            <source>Side = {meaning}</source>
            <comment>which side the left/right refers to</comment>
            <translation>Côté = {meaning}</translation>
        </message>
        <message>
            <source>Get into position: {step}</source>
            <translation>Mettez-vous en position : {step}</translation>
        </message>
        <message>
            <source>Now the other side: the same position, mirrored. Breathe fully and steadily.</source>
            <translation>Maintenant l’autre côté : la même position, en miroir. Respirez profondément et régulièrement.</translation>
        </message>
        <message>
            <source>{action} Breathe fully and steadily.</source>
            <translation>{action} Respirez profondément et régulièrement.</translation>
        </message>
        <message>
            <source>Now roll your ankles clockwise.</source>
            <translation>Faites maintenant tourner vos chevilles dans le sens des aiguilles d’une montre.</translation>
        </message>
        <message>
            <source>Now roll your ankles counter-clockwise.</source>
            <translation>Faites maintenant tourner vos chevilles dans le sens inverse des aiguilles d’une montre.</translation>
        </message>
        <message>
            <source>{step} One circle for each beat.</source>
            <translation>{step} Une rotation à chaque signal sonore.</translation>
        </message>
        <message>
            <source>Rest and breathe. Next: {exercise}.</source>
            <translation>Reposez-vous et respirez. Ensuite : {exercise}.</translation>
        </message>
        <message>
            <source>Rest and breathe.</source>
            <translation>Reposez-vous et respirez.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready, right side first.</source>
            <translation>{exercise}. Préparez-vous, côté droit d’abord.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready, left side first.</source>
            <translation>{exercise}. Préparez-vous, côté gauche d’abord.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready.</source>
            <translation>{exercise}. Préparez-vous.</translation>
        </message>
        <message>
            <source>Hold, right side.</source>
            <translation>Maintenez la position, côté droit.</translation>
        </message>
        <message>
            <source>Hold, left side.</source>
            <translation>Maintenez la position, côté gauche.</translation>
        </message>
        <message>
            <source>Hold.</source>
            <translation>Maintenez la position.</translation>
        </message>
        <message>
            <source>Change direction: clockwise.</source>
            <translation>Changez de sens : tournez dans le sens des aiguilles d’une montre.</translation>
        </message>
        <message>
            <source>Change direction: counter-clockwise.</source>
            <translation>Changez de sens : tournez dans le sens inverse des aiguilles d’une montre.</translation>
        </message>
        <message>
            <source>Change direction.</source>
            <translation>Changez de sens.</translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s), counter-clockwise.</source>
            <translation>
                <numerusform>%n rotation, dans le sens inverse des aiguilles d’une montre.</numerusform>
                <numerusform>%n rotations, dans le sens inverse des aiguilles d’une montre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s), clockwise.</source>
            <translation>
                <numerusform>%n rotation, dans le sens des aiguilles d’une montre.</numerusform>
                <numerusform>%n rotations, dans le sens des aiguilles d’une montre.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rest.</source>
            <comment>spoken: a pause between exercises</comment>
            <translation>Repos.</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <comment>spoken: half of a hold is done</comment>
            <translation>À mi-parcours.</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s) left.</source>
            <comment>spoken, once per hold</comment>
            <translation>
                <numerusform>Encore %n seconde.</numerusform>
                <numerusform>Encore %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused.</source>
            <comment>spoken</comment>
            <translation>En pause.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <comment>spoken: the routine goes on</comment>
            <translation>On reprend.</translation>
        </message>
        <message>
            <source>Switch to your left side.</source>
            <translation>Passez au côté gauche.</translation>
        </message>
        <message>
            <source>Switch to your right side.</source>
            <translation>Passez au côté droit.</translation>
        </message>
        <message>
            <source>Breathe in</source>
            <translation>Inspirez</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Expirez</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{file} could not be read: {problem}.</source>
            <translation>Le fichier {file} n’a pas pu être lu : {problem}.</translation>
        </message>
        <message>
            <source>{file} is not a KneeCoach history export.</source>
            <translation>{file} n’est pas un export d’historique KneeCoach.</translation>
        </message>
        <message>
            <source>{file} was written by a newer version of KneeCoach.</source>
            <translation>{file} a été écrit par une version plus récente de KneeCoach.</translation>
        </message>
        <message>
            <source>{file} holds more than {most} sessions, far more than any history; it was not imported.</source>
            <translation>{file} contient plus de {most} séances, bien plus que tout historique ; il n’a pas été importé.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseDetail</name>
        <message>
            <source>Try this one</source>
            <translation>Essayer celui-ci</translation>
        </message>
        <message>
            <source>Try this exercise on its own</source>
            <translation>Essayer cet exercice seul</translation>
        </message>
        <message>
            <source>Run just this exercise, with its timers and chimes</source>
            <translation>Faire seulement cet exercice, avec ses minuteurs et ses signaux sonores</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Change this exercise</source>
            <translation>Modifier cet exercice</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete this exercise of yours</source>
            <translation>Supprimer cet exercice personnel</translation>
        </message>
        <message>
            <source>Hide</source>
            <comment>leave an exercise out</comment>
            <translation>Masquer</translation>
        </message>
        <message>
            <source>Leave this exercise out of the list, the default routine and the presets</source>
            <translation>Retirer cet exercice de la liste, de la routine par défaut et des routines intégrées</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>Comment faire</translation>
        </message>
        <message>
            <source>Why it helps:</source>
            <translation>Pourquoi c’est utile :</translation>
        </message>
        <message>
            <source>{exercise}: how to do it</source>
            <translation>{exercise} : comment le faire</translation>
        </message>
        <message>
            <source>Picture: {exercise}</source>
            <translation>Image : {exercise}</translation>
        </message>
        <message>
            <source>Right side: start</source>
            <comment>a picture's caption</comment>
            <translation>Côté droit : début</translation>
        </message>
        <message>
            <source>Right side: end</source>
            <comment>a picture's caption</comment>
            <translation>Côté droit : fin</translation>
        </message>
        <message>
            <source>Left side: start</source>
            <comment>a picture's caption</comment>
            <translation>Côté gauche : début</translation>
        </message>
        <message>
            <source>Left side: end</source>
            <comment>a picture's caption</comment>
            <translation>Côté gauche : fin</translation>
        </message>
    </context>
    <context>
        <name>ExerciseEditor</name>
        <message>
            <source>Cautions</source>
            <translation>Précautions</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <source>Give the exercise a name.</source>
            <translation>Donnez un nom à l’exercice.</translation>
        </message>
        <message>
            <source>Write at least one step, one per line.</source>
            <translation>Écrivez au moins une étape, une par ligne.</translation>
        </message>
        <message>
            <source>Hold a position</source>
            <translation>Maintenir une position</translation>
        </message>
        <message>
            <source>Repeat a movement</source>
            <translation>Répéter un mouvement</translation>
        </message>
        <message>
            <source>Ankle</source>
            <translation>Cheville</translation>
        </message>
        <message>
            <source>Hip</source>
            <translation>Hanche</translation>
        </message>
        <message>
            <source>Edit your exercise</source>
            <translation>Modifier votre exercice</translation>
        </message>
        <message>
            <source>Add your own exercise</source>
            <translation>Ajouter votre propre exercice</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>e.g. Bridge</source>
            <translation>p. ex. Pont fessier</translation>
        </message>
        <message>
            <source>Joint</source>
            <translation>Articulation</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>hold or repeat</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>Dosage</source>
            <translation>Dosage</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>One step per line, in order</source>
            <translation>Une étape par ligne, dans l’ordre</translation>
        </message>
        <message>
            <source>Optional, one per line, e.g. Go only as far as is comfortable.</source>
            <translation>Facultatif, une par ligne, p. ex. N’allez pas plus loin que ce qui reste confortable.</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>Choisir une image…</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Choisir une image</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Pas d’image</translation>
        </message>
        <message>
            <source>Show the plain figure instead</source>
            <translation>Afficher plutôt la silhouette simple</translation>
        </message>
        <message>
            <source>Helps your</source>
            <comment>followed by a joint: ankle or hip</comment>
            <translation>Articulation ciblée</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Image</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>on each side, one after the other</source>
            <translation>de chaque côté, l’un après l’autre</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation> répétitions</translation>
        </message>
        <message>
            <source>in each direction, one after the other</source>
            <translation>dans chaque sens, l’un après l’autre</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>{field} : {problem}.</translation>
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation>Choisir une image pour cet exercice</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <comment>file type filter; keep the brackets</comment>
            <translation>Images ({patterns})</translation>
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show.</source>
            <translation>{file} n’est pas une image que KneeCoach peut afficher.</translation>
        </message>
        <message>
            <source>Picture chosen</source>
            <translation>Image choisie</translation>
        </message>
        <message>
            <source>No picture: the plain figure</source>
            <translation>Pas d’image : la silhouette simple</translation>
        </message>
    </context>
    <context>
        <name>ExerciseList</name>
        <message>
            <source>ankle</source>
            <translation>cheville</translation>
        </message>
        <message>
            <source>hip</source>
            <translation>hanche</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>The exercises of the routine; choose one to read how</source>
            <translation>Les exercices de la routine ; choisissez-en un pour lire comment le faire</translation>
        </message>
        <message>
            <source>{number}. {name} (your own), {joint}, {dosage}</source>
            <translation>{number}. {name} (exercice personnel), {joint}, {dosage}</translation>
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
            <translation>Rien de fait cette fois</translation>
        </message>
        <message>
            <source>No exercise was done in full, so this does not count as a practised day. That is all right: come back to it when you are ready.</source>
            <translation>Aucun exercice n’a été fait en entier : cela ne compte donc pas comme un jour de pratique. Ce n’est pas grave : revenez-y quand vous le souhaitez.</translation>
        </message>
        <message numerus="yes">
            <source>You did {done} of %n exercise(s).</source>
            <translation>
                <numerusform>Exercice fait : {done} sur %n.</numerusform>
                <numerusform>Exercices faits : {done} sur %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done — routine complete</source>
            <translation>Bravo — routine terminée</translation>
        </message>
        <message>
            <source>That counts as a practised day.</source>
            <translation>Cela compte comme un jour de pratique.</translation>
        </message>
        <message>
            <source>A day counts as practised when at least half of a routine's exercises are done in full.</source>
            <translation>Un jour compte comme jour de pratique quand au moins la moitié des exercices d’une routine ont été faits en entier.</translation>
        </message>
        <message>
            <source>Part of the routine done</source>
            <translation>Une partie de la routine faite</translation>
        </message>
    </context>
    <context>
        <name>FinishView</name>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Routine summary</source>
            <translation>Bilan de la routine</translation>
        </message>
        <message>
            <source>Time: {duration}  ·  {done} done, {skipped} skipped</source>
            <translation>Durée : {duration}  ·  faits : {done}, passés : {skipped}</translation>
        </message>
        <message>
            <source>Done: {exercises}</source>
            <translation>Faits : {exercises}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Skipped: {exercises}</source>
            <translation>Passés : {exercises}</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Série : %n jour</numerusform>
                <numerusform>Série : %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>How is your knee right now?  0 = no pain, 10 = worst pain</source>
            <translation>Comment va votre genou en ce moment ?  0 = aucune douleur, 10 = la pire douleur</translation>
        </message>
        <message>
            <source>Pain {value} of 10</source>
            <translation>Douleur {value} sur 10</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>leave the summary</comment>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Done: back to the start page</source>
            <translation>Terminé : retour à la page d’accueil</translation>
        </message>
        <message>
            <source>Saved: pain {value} of 10. Thank you.</source>
            <translation>Enregistré : douleur {value} sur 10. Merci.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>A day counts as practised when you do at least half of a routine's exercises in full. Skipped exercises, and holds cut short, do not count; a routine you stopped counts the same way as one you finished.</source>
            <translation>Un jour compte comme jour de pratique quand vous faites en entier au moins la moitié des exercices d’une routine. Les exercices passés et les maintiens interrompus ne comptent pas ; une routine arrêtée compte de la même façon qu’une routine terminée.</translation>
        </message>
        <message>
            <source>{field} must be a date such as 2026-05-01</source>
            <translation>{field} doit être une date comme 2026-05-01</translation>
        </message>
        <message>
            <source>{field} is missing</source>
            <translation>{field} est manquant</translation>
        </message>
        <message>
            <source>an entry has the wrong shape ({error})</source>
            <translation>une entrée n’a pas la bonne forme ({error})</translation>
        </message>
        <message>
            <source>{field} {value} is neither done nor skipped</source>
            <translation>{field} vaut {value}, au lieu de « done » ou « skipped »</translation>
        </message>
        <message>
            <source>{field} must be a list of sides</source>
            <translation>{field} doit être une liste de côtés</translation>
        </message>
        <message>
            <source>{field} must map each direction to a whole number</source>
            <translation>{field} doit associer à chaque sens un nombre entier</translation>
        </message>
        <message>
            <source>{field} must be a date and time with its UTC offset</source>
            <translation>{field} doit être une date et une heure avec leur décalage UTC</translation>
        </message>
        <message>
            <source>{field} must be a non-empty text</source>
            <translation>{field} doit être un texte non vide</translation>
        </message>
        <message>
            <source>{field} must be true or false</source>
            <translation>{field} doit valoir true ou false</translation>
        </message>
        <message>
            <source>{field} must be a number of seconds, 0 or more</source>
            <translation>{field} doit être un nombre de secondes, 0 ou plus</translation>
        </message>
        <message>
            <source>{field} must be a whole number from 0 to 10</source>
            <translation>{field} doit être un nombre entier de 0 à 10</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Done: {done}
Skipped: {skipped}</source>
            <translation>Faits : {done}
Passés : {skipped}</translation>
        </message>
        <message>
            <source>Done: {done}</source>
            <translation>Faits : {done}</translation>
        </message>
    </context>
    <context>
        <name>HistoryStore</name>
        <message>
            <source>Your history was not saved. {reason}</source>
            <translation>Votre historique n’a pas été enregistré. {reason}</translation>
        </message>
        <message>
            <source>Another KneeCoach is already using this data folder.</source>
            <translation>Un autre KneeCoach utilise déjà ce dossier de données.</translation>
        </message>
        <message>
            <source>History is read-only</source>
            <translation>Historique en lecture seule</translation>
        </message>
        <message>
            <source>Your history for {month} ({file})</source>
            <translation>Votre historique pour {month} ({file})</translation>
        </message>
        <message>
            <source>your history for {month} ({file})</source>
            <comment>inside a sentence</comment>
            <translation>votre historique pour {month} ({file})</translation>
        </message>
        <message>
            <source>{what} was missing</source>
            <translation>{what} était introuvable</translation>
        </message>
        <message>
            <source>{what}: {problem}.</source>
            <translation>{what} : {problem}.</translation>
        </message>
        <message>
            <source>History could not be read</source>
            <translation>Impossible de lire l’historique</translation>
        </message>
        <message>
            <source>{what} could not be read: {problem}. It was kept unchanged as {file} in {folder}, so nothing in it is lost</source>
            <translation>{what} n’a pas pu être lu : {problem}. Il a été conservé tel quel sous le nom {file} dans {folder}, donc rien n’est perdu</translation>
        </message>
        <message>
            <source>Some history entries could not be read</source>
            <translation>Certaines entrées de l’historique n’ont pas pu être lues</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in {what} could not be read and (is|are) left out ({problems}). The original file was kept as {file} in {folder}.</source>
            <translation>
                <numerusform>%n séance dans {what} n’a pas pu être lue et est laissée de côté ({problems}). Le fichier d’origine a été conservé sous le nom {file} dans {folder}.</numerusform>
                <numerusform>%n séances dans {what} n’ont pas pu être lues et sont laissées de côté ({problems}). Le fichier d’origine a été conservé sous le nom {file} dans {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{what_happened}. A new history was started.</source>
            <translation>{what_happened}. Un nouvel historique a été commencé.</translation>
        </message>
        <message>
            <source>History restored from the last good copy</source>
            <translation>Historique restauré à partir de la dernière copie valide</translation>
        </message>
        <message numerus="yes">
            <source>{what_happened}. The last good copy, with %n session(s), was restored; the most recent session may be missing from it.</source>
            <translation>
                <numerusform>{what_happened}. La dernière copie valide, avec %n séance, a été restaurée ; il se peut que la séance la plus récente y manque.</numerusform>
                <numerusform>{what_happened}. La dernière copie valide, avec %n séances, a été restaurée ; il se peut que la séance la plus récente y manque.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your history file</source>
            <translation>Votre fichier d’historique</translation>
        </message>
        <message>
            <source>your history file</source>
            <comment>inside a sentence</comment>
            <translation>votre fichier d’historique</translation>
        </message>
        <message>
            <source>History could not be saved</source>
            <translation>Impossible d’enregistrer l’historique</translation>
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Douleur avant</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Douleur après</translation>
        </message>
        <message>
            <source>{pain} / 10</source>
            <translation>{pain} / 10</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n fait</numerusform>
                <numerusform>%n faits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done}, %n skipped</source>
            <translation>
                <numerusform>{done}, %n passé</numerusform>
                <numerusform>{done}, %n passés</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercises} (stopped early)</source>
            <translation>{exercises} (arrêt avant la fin)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
    </context>
    <context>
        <name>LibraryKeeper</name>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name. It is also taken out of {routines}.</source>
            <translation>Supprimer « {exercise} » et son image ? Les séances déjà faites gardent son nom. Il sera aussi retiré de ces routines : {routines}.</translation>
        </message>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name.</source>
            <translation>Supprimer « {exercise} » et son image ? Les séances déjà faites gardent son nom.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the names of routines</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Delete this exercise?</source>
            <translation>Supprimer cet exercice ?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{app} — knee relief, ankles &amp; hips</source>
            <translation>{app} — soulager vos genoux par les chevilles &amp; les hanches</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Exercices</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progrès</translation>
        </message>
        <message>
            <source>Progress and history</source>
            <translation>Progrès et historique</translation>
        </message>
        <message>
            <source>Streaks, calendar, pain trend and every session (Ctrl+H)</source>
            <translation>Séries, calendrier, évolution de la douleur et toutes les séances (Ctrl+H)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Reminders, timings, sound and theme (Ctrl+,)</source>
            <translation>Rappels, durées, son et thème (Ctrl+,)</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>The routine the Start button runs</source>
            <translation>La routine que lance le bouton « Commencer la routine »</translation>
        </message>
        <message>
            <source>Routine:</source>
            <comment>before the box of routines</comment>
            <translation>Routine :</translation>
        </message>
        <message>
            <source>Routines…</source>
            <translation>Routines…</translation>
        </message>
        <message>
            <source>Make routines of your own: choose exercises and their order (Ctrl+R)</source>
            <translation>Créez vos propres routines : choisissez les exercices et leur ordre (Ctrl+R)</translation>
        </message>
        <message>
            <source>Routine length</source>
            <translation>Durée de la routine</translation>
        </message>
        <message>
            <source>Start routine</source>
            <translation>Commencer la routine</translation>
        </message>
        <message>
            <source>Start the routine (Space)</source>
            <translation>Commencer la routine (Espace)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Is it safe for me?</source>
            <translation>Est-ce sans risque pour moi ?</translation>
        </message>
        <message>
            <source>A few questions about your knee before you exercise</source>
            <translation>Quelques questions sur votre genou avant de faire les exercices</translation>
        </message>
        <message>
            <source>Add your own…</source>
            <translation>Ajouter un exercice…</translation>
        </message>
        <message>
            <source>Add an exercise your physiotherapist gave you, say (Ctrl+N)</source>
            <translation>Ajoutez un exercice, par exemple un exercice donné par votre kinésithérapeute (Ctrl+N)</translation>
        </message>
        <message>
            <source>Hidden exercises</source>
            <translation>Exercices masqués</translation>
        </message>
        <message>
            <source>Show a hidden exercise again</source>
            <translation>Réafficher un exercice masqué</translation>
        </message>
        <message>
            <source>Show “{exercise}” again</source>
            <translation>Réafficher « {exercise} »</translation>
        </message>
        <message numerus="yes">
            <source>Hidden (%n)</source>
            <translation>
                <numerusform>Masqué (%n)</numerusform>
                <numerusform>Masqués (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)  ·  about {minutes} min</source>
            <translation>
                <numerusform>%n exercice  ·  environ {minutes} min</numerusform>
                <numerusform>%n exercices  ·  environ {minutes} min</numerusform>
            </translation>
        </message>
        <message>
            <source>No exercises in this routine</source>
            <translation>Aucun exercice dans cette routine</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>environ %n minute</numerusform>
                <numerusform>environ %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Begin “{routine}”, %n exercise(s), {length}</source>
            <translation>
                <numerusform>Commencer « {routine} », %n exercice, {length}</numerusform>
                <numerusform>Commencer « {routine} », %n exercices, {length}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Go on with “{routine}” where you stopped today: exercise {number} of %n. It stays one session.</source>
            <translation>
                <numerusform>Reprendre « {routine} » là où vous vous êtes arrêté aujourd’hui : exercice {number} sur %n. Cela reste une seule séance.</numerusform>
                <numerusform>Reprendre « {routine} » là où vous vous êtes arrêté aujourd’hui : exercice {number} sur %n. Cela reste une seule séance.</numerusform>
            </translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Commencer maintenant</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>Rappeler dans 15 min</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Today: done ✓ — well done</source>
            <translation>Aujourd’hui : fait ✓ — bravo</translation>
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation>Aujourd’hui : pas encore fait</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Série : %n jour</numerusform>
                <numerusform>Série : %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Longest streak: %n</source>
            <translation>
                <numerusform>Plus longue série : %n jour</numerusform>
                <numerusform>Plus longue série : %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>practised %n day(s) this week</source>
            <translation>
                <numerusform>%n jour de pratique cette semaine</numerusform>
                <numerusform>%n jours de pratique cette semaine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in all</source>
            <translation>
                <numerusform>%n séance en tout</numerusform>
                <numerusform>%n séances en tout</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation>Masquer pendant deux semaines</translation>
        </message>
        <message>
            <source>Stop the routine?</source>
            <translation>Arrêter la routine ?</translation>
        </message>
        <message>
            <source>Stop now? What you have done so far is saved.</source>
            <translation>Arrêter maintenant ? Ce que vous avez déjà fait est enregistré.</translation>
        </message>
    </context>
    <context>
        <name>MenuOffer</name>
        <message>
            <source>KneeCoach was not added to the applications menu</source>
            <translation>KneeCoach n’a pas été ajouté au menu des applications</translation>
        </message>
        <message>
            <source>KneeCoach is in your applications menu</source>
            <translation>KneeCoach est dans votre menu des applications</translation>
        </message>
        <message>
            <source>Next time, start it from there like any other application, or search for KneeCoach.</source>
            <translation>La prochaine fois, lancez-le depuis ce menu comme toute autre application, ou cherchez KneeCoach.</translation>
        </message>
        <message>
            <source>Add KneeCoach to the applications menu</source>
            <translation>Ajouter KneeCoach au menu des applications</translation>
        </message>
        <message>
            <source>So you can start it from the menu, with no terminal</source>
            <translation>Pour le lancer depuis le menu, sans terminal</translation>
        </message>
    </context>
    <context>
        <name>MyExercises</name>
        <message>
            <source>'{field}' must be a list of exercise ids</source>
            <translation>« {field} » doit être une liste d’identifiants d’exercices</translation>
        </message>
        <message>
            <source>'{field}' must name each deleted exercise</source>
            <translation>« {field} » doit nommer chaque exercice supprimé</translation>
        </message>
        <message>
            <source>is already used by another exercise</source>
            <translation>est déjà utilisé par un autre exercice</translation>
        </message>
        <message>
            <source>must be an image in the {folder} folder, e.g. '{example}'</source>
            <translation>doit être une image du dossier {folder}, p. ex. '{example}'</translation>
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show ({kinds}).</source>
            <translation>{file} n’est pas une image que KneeCoach peut afficher ({kinds}).</translation>
        </message>
        <message numerus="yes">
            <source>{file} is too large for a picture (%n byte(s)).</source>
            <translation>
                <numerusform>{file} est trop volumineux pour une image (%n octet).</numerusform>
                <numerusform>{file} est trop volumineux pour une image (%n octets).</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} could not be read ({reason}).</source>
            <translation>{file} n’a pas pu être lu ({reason}).</translation>
        </message>
        <message>
            <source>Your own exercises are read-only</source>
            <translation>Vos exercices personnels sont en lecture seule</translation>
        </message>
        <message>
            <source>Your own exercises could not be read</source>
            <translation>Impossible de lire vos exercices personnels</translation>
        </message>
        <message>
            <source>The file holding your own exercises could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation>Le fichier qui contient vos exercices personnels n’a pas pu être lu : {problem}. Il a été conservé tel quel sous le nom {file} dans {folder}, et rien n’a été supprimé.</translation>
        </message>
        <message>
            <source>Some of your own exercises could not be used</source>
            <translation>Certains de vos exercices personnels n’ont pas pu être utilisés</translation>
        </message>
        <message>
            <source>{where}: {field} {problem}</source>
            <comment>where in the file, the name of the field, and what is wrong with its value</comment>
            <translation>{where} : {field} {problem}</translation>
        </message>
    </context>
    <context>
        <name>MyRoutines</name>
        <message>
            <source>'{field}' must be the id of a routine</source>
            <translation>« {field} » doit être l’identifiant d’une routine</translation>
        </message>
        <message>
            <source>routine #{number}: {problem}</source>
            <translation>routine n° {number} : {problem}</translation>
        </message>
        <message>
            <source>Your routines are read-only</source>
            <translation>Vos routines sont en lecture seule</translation>
        </message>
        <message>
            <source>Your routines could not be read</source>
            <translation>Impossible de lire vos routines</translation>
        </message>
        <message>
            <source>The file holding your routines could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation>Le fichier qui contient vos routines n’a pas pu être lu : {problem}. Il a été conservé tel quel sous le nom {file} dans {folder}, et rien n’a été supprimé.</translation>
        </message>
        <message>
            <source>Some of your routines could not be used</source>
            <translation>Certaines de vos routines n’ont pas pu être utilisées</translation>
        </message>
        <message>
            <source>is not a table</source>
            <translation>n’est pas une table</translation>
        </message>
        <message>
            <source>'{field}' must be a non-empty text</source>
            <translation>'{field}' doit être un texte non vide</translation>
        </message>
        <message>
            <source>the id '{id}' is used twice</source>
            <translation>l’identifiant '{id}' est utilisé deux fois</translation>
        </message>
        <message>
            <source>'{id}': '{field}' must be a non-empty text</source>
            <translation>'{id}' : '{field}' doit être un texte non vide</translation>
        </message>
        <message>
            <source>'{id}': '{field}' must list at least one exercise</source>
            <translation>'{id}' : '{field}' doit contenir au moins un exercice</translation>
        </message>
        <message>
            <source>'{id}': each exercise needs an '{field}'</source>
            <translation>'{id}' : chaque exercice doit avoir un '{field}'</translation>
        </message>
        <message>
            <source>'{id}': '{field}' is not a field of an exercise</source>
            <translation>'{id}' : '{field}' n’est pas un champ d’exercice</translation>
        </message>
        <message>
            <source>'{id}': {field} of '{exercise}' must be a whole number from {low} to {high}</source>
            <translation>'{id}' : {field} de '{exercise}' doit être un nombre entier de {low} à {high}</translation>
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
            <translation>{action} : {notice}</translation>
        </message>
        <message>
            <source>Dismiss: {notice}</source>
            <translation>Fermer : {notice}</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>When knee pain is severe or does not improve, the advice is to see an orthopedist or physical therapist. They can look at your knee and tailor the exercises to you. This is not a diagnosis; it is only what your check-ins show.</source>
            <translation>Lorsque la douleur au genou est intense ou ne s’améliore pas, il est conseillé de consulter un médecin orthopédiste ou un kinésithérapeute. Ce professionnel pourra examiner votre genou et adapter les exercices à votre cas. Ceci n’est pas un diagnostic : c’est seulement ce que montrent vos évaluations de la douleur.</translation>
        </message>
        <message>
            <source>Your knee pain was very high</source>
            <translation>Votre douleur au genou a été très forte</translation>
        </message>
        <message>
            <source>One of your check-ins in the last two weeks was {value} out of 10. {advice}</source>
            <translation>L’une de vos évaluations de la douleur des deux dernières semaines était de {value} sur 10. {advice}</translation>
        </message>
        <message>
            <source>Your knee pain has been high</source>
            <translation>Votre douleur au genou est élevée</translation>
        </message>
        <message numerus="yes">
            <source>On %n different day(s) in the last two weeks your knee pain was {high} or more out of 10, more than it should be after gentle stretching. {advice}</source>
            <translation>
                <numerusform>Sur %n jour des deux dernières semaines, votre douleur au genou était de {high} sur 10 ou plus, davantage qu’elle ne devrait l’être après des étirements doux. {advice}</numerusform>
                <numerusform>Sur %n jours différents des deux dernières semaines, votre douleur au genou était de {high} sur 10 ou plus, davantage qu’elle ne devrait l’être après des étirements doux. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>Your knee pain rises during the routine</source>
            <translation>Votre douleur au genou augmente pendant la routine</translation>
        </message>
        <message numerus="yes">
            <source>On %n day(s) in the last two weeks your knee pain was {rise} or more points higher after the routine than before it. Stop any exercise that makes the pain sharp or worse. {advice}</source>
            <translation>
                <numerusform>Sur %n jour des deux dernières semaines, votre douleur au genou était d’au moins {rise} points plus forte après la routine qu’avant. Arrêtez tout exercice qui rend la douleur vive ou plus forte. {advice}</numerusform>
                <numerusform>Sur %n jours des deux dernières semaines, votre douleur au genou était d’au moins {rise} points plus forte après la routine qu’avant. Arrêtez tout exercice qui rend la douleur vive ou plus forte. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your check-ins over the last %n week(s) show your knee pain going up, not easing. {advice}</source>
            <translation>
                <numerusform>Vos évaluations de la douleur de la dernière semaine montrent que votre douleur au genou augmente au lieu de s’atténuer. {advice}</numerusform>
                <numerusform>Vos évaluations de la douleur des %n dernières semaines montrent que votre douleur au genou augmente au lieu de s’atténuer. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your check-ins over the last %n week(s) do not show your knee pain easing. {advice}</source>
            <translation>
                <numerusform>Vos évaluations de la douleur de la dernière semaine ne montrent pas d’atténuation de votre douleur au genou. {advice}</numerusform>
                <numerusform>Vos évaluations de la douleur des %n dernières semaines ne montrent pas d’atténuation de votre douleur au genou. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>Your knee pain has not eased yet</source>
            <translation>Votre douleur au genou ne s’est pas encore atténuée</translation>
        </message>
    </context>
    <context>
        <name>PainBefore</name>
        <message>
            <source>Pain before the routine</source>
            <translation>Douleur avant la routine</translation>
        </message>
        <message>
            <source>Before you start: how is your knee right now?  0 = no pain, 10 = worst pain</source>
            <translation>Avant de commencer : comment va votre genou en ce moment ?  0 = aucune douleur, 10 = pire douleur</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Passer cette question</translation>
        </message>
        <message>
            <source>Start without answering</source>
            <translation>Commencer sans répondre</translation>
        </message>
        <message>
            <source>Your answer, and the one after the routine, show whether the exercises ease your knee. You can turn this question off in Settings.</source>
            <translation>Votre réponse, et celle d'après la routine, montrent si les exercices soulagent votre genou. Vous pouvez désactiver cette question dans les Paramètres.</translation>
        </message>
    </context>
    <context>
        <name>PainChart</name>
        <message>
            <source>Pain (0–10)</source>
            <translation>Douleur (0–10)</translation>
        </message>
        <message>
            <source>No pain check-ins yet. After each routine you can rate your knee from 0 to 10.</source>
            <translation>Pas encore d’évaluation de la douleur. Après chaque routine, vous pouvez noter votre genou de 0 à 10.</translation>
        </message>
        <message>
            <source>after session</source>
            <translation>après la séance</translation>
        </message>
        <message>
            <source>before session</source>
            <translation>avant la séance</translation>
        </message>
        <message>
            <source>weekly average</source>
            <translation>moyenne hebdomadaire</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Évolution de la douleur</translation>
        </message>
        <message>
            <source>No pain check-ins yet</source>
            <translation>Pas encore d’évaluation de la douleur</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) on {date}</source>
            <translation>
                <numerusform>%n évaluation le {date}</numerusform>
                <numerusform>%n évaluations le {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) from {first} to {last}</source>
            <translation>
                <numerusform>%n évaluation du {first} au {last}</numerusform>
                <numerusform>%n évaluations du {first} au {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>{check_ins}; latest weekly average {average}</source>
            <translation>{check_ins} ; dernière moyenne hebdomadaire : {average}</translation>
        </message>
    </context>
    <context>
        <name>PainDialog</name>
        <message>
            <source>Change pain check-in</source>
            <translation>Modifier l’évaluation de la douleur</translation>
        </message>
        <message>
            <source>Pain before the routine</source>
            <translation>Douleur avant la routine</translation>
        </message>
        <message>
            <source>Pain after the routine</source>
            <translation>Douleur après la routine</translation>
        </message>
        <message>
            <source>Session of {date}, 0 = no pain, 10 = worst</source>
            <translation>Séance du {date}, 0 = aucune douleur, 10 = la pire douleur</translation>
        </message>
        <message>
            <source>Before the routine:</source>
            <translation>Avant la routine :</translation>
        </message>
        <message>
            <source>After the routine:</source>
            <translation>Après la routine :</translation>
        </message>
        <message>
            <source>not given</source>
            <comment>no pain value</comment>
            <translation>non indiquée</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>Not chosen yet: press a number, or click one.</source>
            <translation>Rien de choisi : appuyez sur un chiffre ou cliquez-en un.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>{first} to {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
        <message>
            <source>In this period the check-ins never called for KneeCoach's advice to see an orthopedist or physical therapist.</source>
            <translation>Sur cette période, les relevés de douleur n'ont jamais appelé le conseil de KneeCoach de consulter un orthopédiste ou un kinésithérapeute.</translation>
        </message>
        <message>
            <source>On these days the pain check-ins called for KneeCoach's advice to see an orthopedist or physical therapist:</source>
            <translation>Ces jours-là, les relevés de douleur ont appelé le conseil de KneeCoach de consulter un orthopédiste ou un kinésithérapeute :</translation>
        </message>
        <message>
            <source>it is only read, to make a document</source>
            <translation>il est seulement lu, pour créer un document</translation>
        </message>
        <message>
            <source>{title}: {text}</source>
            <translation>{title} : {text}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message numerus="yes">
            <source>Weekly goal: %n day(s) a week.</source>
            <translation>
                <numerusform>Objectif : %n jour par semaine.</numerusform>
                <numerusform>Objectif : %n jours par semaine.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Practised on %n day(s) in the period.</source>
            <translation>
                <numerusform>Pratiqué %n jour sur la période.</numerusform>
                <numerusform>Pratiqué %n jours sur la période.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) recorded</source>
            <translation>
                <numerusform>%n séance enregistrée</numerusform>
                <numerusform>%n séances enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n of them stopped before the end.</source>
            <translation>
                <numerusform>, dont %n arrêtée avant la fin.</numerusform>
                <numerusform>, dont %n arrêtées avant la fin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The goal was reached in {met} of %n completed week(s).</source>
            <translation>
                <numerusform>L'objectif a été atteint {met} fois sur %n semaine écoulée.</numerusform>
                <numerusform>L'objectif a été atteint {met} fois sur %n semaines écoulées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Knee exercise progress report</source>
            <translation>Bilan des exercices pour le genou</translation>
        </message>
        <message numerus="yes">
            <source>{first} – {last} (%n week(s))</source>
            <translation>
                <numerusform>{first} – {last} (%n semaine)</numerusform>
                <numerusform>{first} – {last} (%n semaines)</numerusform>
            </translation>
        </message>
        <message>
            <source>Made by KneeCoach on {date}</source>
            <translation>Établi par KneeCoach le {date}</translation>
        </message>
        <message>
            <source>The document was not saved</source>
            <translation>Le document n'a pas été enregistré</translation>
        </message>
        <message>
            <source>Document saved</source>
            <translation>Document enregistré</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Enregistré sous {path}.</translation>
        </message>
        <message>
            <source>Start, right side</source>
            <translation>Départ, côté droit</translation>
        </message>
        <message>
            <source>Start</source>
            <comment>picture</comment>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Hold, right side</source>
            <translation>Maintien, côté droit</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>picture</comment>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>Start, left side</source>
            <translation>Départ, côté gauche</translation>
        </message>
        <message>
            <source>Hold, left side</source>
            <translation>Maintien, côté gauche</translation>
        </message>
        <message>
            <source>You have set this dosage; the article's is: {dosage}.</source>
            <translation>Vous avez choisi ce dosage ; celui de l'article est : {dosage}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercice</numerusform>
                <numerusform>%n exercices</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>environ %n minute</numerusform>
                <numerusform>environ %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>My knee exercise programme</source>
            <translation>Mon programme d'exercices pour le genou</translation>
        </message>
        <message>
            <source>Printed from KneeCoach on {date}</source>
            <translation>Imprimé depuis KneeCoach le {date}</translation>
        </message>
        <message>
            <source>To stay safe</source>
            <translation>Pour votre sécurité</translation>
        </message>
        <message>
            <source>Tick a day when you have done the exercise.</source>
            <translation>Cochez le jour où vous avez fait l'exercice.</translation>
        </message>
        <message>
            <source>{file} was saved, but part of your history could not be read: {what}</source>
            <translation>{file} a été enregistré, mais une partie de votre historique n'a pas pu être lue : {what}</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Print or save programme…</source>
            <translation>Imprimer ou enregistrer le programme…</translation>
        </message>
        <message>
            <source>The routine on paper: pictures, dosage and steps of each exercise, with the safety advice and a tick box for each day</source>
            <translation>La routine sur papier : images, dosage et étapes de chaque exercice, avec les consignes de sécurité et une case à cocher par jour</translation>
        </message>
        <message>
            <source>Report for my physiotherapist…</source>
            <translation>Bilan pour mon kinésithérapeute…</translation>
        </message>
        <message>
            <source>A one-page report of the last eight weeks: days practised against your goal, exercises done and skipped, pain before and after, and any advice given</source>
            <translation>Un bilan d'une page des huit dernières semaines : jours pratiqués par rapport à votre objectif, exercices faits et sautés, douleur avant et après, et les conseils donnés</translation>
        </message>
        <message>
            <source>before the routine</source>
            <translation>avant la routine</translation>
        </message>
        <message>
            <source>after the routine</source>
            <translation>après la routine</translation>
        </message>
        <message>
            <source>{title} · {period} · page {page}</source>
            <translation>{title} · {period} · page {page}</translation>
        </message>
        <message>
            <source>Left out: {what}</source>
            <translation>Non inclus : {what}</translation>
        </message>
        <message>
            <source>Days practised each week</source>
            <translation>Jours pratiqués chaque semaine</translation>
        </message>
        <message numerus="yes">
            <source>Dashed line: the weekly goal of %n day(s).</source>
            <translation>
                <numerusform>Ligne pointillée : l'objectif de %n jour par semaine.</numerusform>
                <numerusform>Ligne pointillée : l'objectif de %n jours par semaine.</numerusform>
            </translation>
        </message>
        <message>
            <source>The last, lighter bar is the week under way.</source>
            <translation>La dernière barre, plus claire, est la semaine en cours.</translation>
        </message>
        <message>
            <source>Exercises done and skipped</source>
            <translation>Exercices faits et sautés</translation>
        </message>
        <message>
            <source>No exercise was done in this period.</source>
            <translation>Aucun exercice n'a été fait sur cette période.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <source>Dosage as set now</source>
            <translation>Dosage réglé actuellement</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Sauté</translation>
        </message>
        <message>
            <source>{name} (own)</source>
            <translation>{name} (personnel)</translation>
        </message>
        <message>
            <source>Pain check-ins (0 = no pain, 10 = worst imaginable)</source>
            <translation>Relevés de douleur (0 = aucune douleur, 10 = la pire imaginable)</translation>
        </message>
        <message>
            <source>No pain check-in was given in this period.</source>
            <translation>Aucune douleur n'a été relevée sur cette période.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <source>Advice to see a professional</source>
            <translation>Conseil de consulter un professionnel</translation>
        </message>
        <message>
            <source>Own exercises</source>
            <translation>Exercices personnels</translation>
        </message>
        <message>
            <source>knee-programme</source>
            <comment>a file name</comment>
            <translation>programme-genou</translation>
        </message>
        <message>
            <source>knee-progress-report</source>
            <comment>a file name</comment>
            <translation>bilan-genou</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>{routine} · page {page}</source>
            <translation>{routine} · page {page}</translation>
        </message>
    </context>
    <context>
        <name>PauseCurtain</name>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>▶  Continue</source>
            <translation>▶  Continuer</translation>
        </message>
        <message>
            <source>Continue the routine</source>
            <translation>Continuer la routine</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>En pause – appuyez sur Espace pour continuer</translation>
        </message>
        <message>
            <source>Going on</source>
            <translation>On continue</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Spreadsheet file for a physiotherapist (*.csv)</source>
            <translation>Fichier tableur pour un kinésithérapeute (*.csv)</translation>
        </message>
        <message>
            <source>KneeCoach history file, to import later (*.toml)</source>
            <translation>Fichier d’historique KneeCoach, à importer plus tard (*.toml)</translation>
        </message>
        <message>
            <source>The session of {date} at {time} was deleted.</source>
            <translation>La séance du {date} à {time} a été supprimée.</translation>
        </message>
        <message>
            <source>Session deleted</source>
            <translation>Séance supprimée</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Export your history</source>
            <translation>Exporter votre historique</translation>
        </message>
        <message>
            <source>The history was not exported</source>
            <translation>L’historique n’a pas été exporté</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) saved to {path}.</source>
            <translation>
                <numerusform>%n séance enregistrée dans {path}.</numerusform>
                <numerusform>%n séances enregistrées dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>History exported</source>
            <translation>Historique exporté</translation>
        </message>
        <message>
            <source>Import a KneeCoach history</source>
            <translation>Importer un historique KneeCoach</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n’a été importé</translation>
        </message>
        <message numerus="yes">
            <source>{sessions} added from {file}; %n already in your history.</source>
            <translation>
                <numerusform>Depuis {file} : {sessions} ; %n était déjà dans votre historique.</numerusform>
                <numerusform>Depuis {file} : {sessions} ; %n étaient déjà dans votre historique.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n nouvelle séance</numerusform>
                <numerusform>%n nouvelles séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s) added from {file}.</source>
            <translation>
                <numerusform>%n nouvelle séance ajoutée depuis {file}.</numerusform>
                <numerusform>%n nouvelles séances ajoutées depuis {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{imported} %n (entry|entries) could not be read: {problems}</source>
            <translation>
                <numerusform>{imported} %n entrée n’a pas pu être lue : {problems}</numerusform>
                <numerusform>{imported} %n entrées n’ont pas pu être lues : {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>History imported</source>
            <translation>Historique importé</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Your goal is every day, so each day without practice ends the streak. A lower weekly goal in Settings gives you rest days.</source>
            <translation>Votre objectif est de pratiquer chaque jour : chaque jour sans pratique met donc fin à la série. Un objectif hebdomadaire plus bas, dans les Paramètres, vous laisse des jours de repos.</translation>
        </message>
        <message numerus="yes">
            <source>Rest days are part of the plan. Your goal is %n day(s) a week, so up to {rest_days} without practice in a week (Monday to Sunday) keep your streak going. The streak counts the days you practised.</source>
            <translation>
                <numerusform>Les jours de repos font partie du programme. Votre objectif est de %n jour par semaine : vous pouvez donc passer jusqu’à {rest_days} sans pratiquer dans une semaine (du lundi au dimanche) sans perdre votre série. La série compte les jours où vous avez pratiqué.</numerusform>
                <numerusform>Les jours de repos font partie du programme. Votre objectif est de %n jours par semaine : vous pouvez donc passer jusqu’à {rest_days} sans pratiquer dans une semaine (du lundi au dimanche) sans perdre votre série. La série compte les jours où vous avez pratiqué.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>rest days allowed a week</comment>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>{explanation} Rest days left this week: {count}.</source>
            <translation>{explanation} Jours de repos restants cette semaine : {count}.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progrès</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Vos progrès</translation>
        </message>
        <message>
            <source>Back</source>
            <comment>go back to the exercises</comment>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Back to the exercises (Esc)</source>
            <translation>Retour aux exercices (Échap)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Save your history as a spreadsheet file for a physiotherapist, or as a KneeCoach file to import on another computer</source>
            <translation>Enregistrer votre historique dans un fichier tableur pour un kinésithérapeute, ou dans un fichier KneeCoach à importer sur un autre ordinateur</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Add the sessions of a KneeCoach history file (those already here are skipped)</source>
            <translation>Ajouter les séances d’un fichier d’historique KneeCoach (celles qui sont déjà là sont ignorées)</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Série en cours</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>Plus longue série</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Days practised this week against the weekly goal</source>
            <translation>Jours de pratique cette semaine par rapport à l’objectif hebdomadaire</translation>
        </message>
        <message>
            <source>Sessions in all</source>
            <translation>Séances en tout</translation>
        </message>
        <message>
            <source>How rest days work</source>
            <translation>Comment fonctionnent les jours de repos</translation>
        </message>
        <message>
            <source>What counts as a practised day</source>
            <translation>Ce qui compte comme jour pratiqué</translation>
        </message>
        <message>
            <source>Each square is a day: coloured when you practised, strongest with two sessions or more. Click a day to see its sessions.</source>
            <translation>Chaque carré est un jour : coloré si vous avez pratiqué, plus foncé avec deux séances ou plus. Cliquez sur un jour pour voir ses séances.</translation>
        </message>
        <message>
            <source>Sessions on the chosen day</source>
            <translation>Séances du jour choisi</translation>
        </message>
        <message>
            <source>Your pain check-ins (0 = no pain, 10 = worst): after each routine, before it where you gave one, and the weekly average.</source>
            <translation>Vos évaluations de la douleur (0 = aucune douleur, 10 = la pire douleur) : après chaque routine, avant la routine quand vous l’avez indiquée, et la moyenne hebdomadaire.</translation>
        </message>
        <message>
            <source>Change pain…</source>
            <translation>Modifier la douleur…</translation>
        </message>
        <message>
            <source>Change the pain values of the chosen session</source>
            <translation>Modifier les valeurs de douleur de la séance choisie</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the chosen session (Del)</source>
            <translation>Supprimer la séance choisie (Suppr)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Évolution de la douleur</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Toutes les séances</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>length of a streak</comment>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s)</source>
            <translation>
                <numerusform>{practised} sur %n jour</numerusform>
                <numerusform>{practised} sur %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s) practised, the goal</source>
            <translation>
                <numerusform>Jours pratiqués : {practised} sur un objectif de %n jour</numerusform>
                <numerusform>Jours pratiqués : {practised} sur un objectif de %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation>Masquer pendant deux semaines</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s) at {sessions}.</source>
            <translation>
                <numerusform>Le {date} : %n séance, à {sessions}.</numerusform>
                <numerusform>Le {date} : %n séances, à {sessions}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{date}: no practice.</source>
            <translation>Le {date} : aucune séance.</translation>
        </message>
        <message numerus="yes">
            <source>{time} (%n done)</source>
            <translation>
                <numerusform>{time} (%n exercice fait)</numerusform>
                <numerusform>{time} (%n exercices faits)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{time} (%n done, pain {pain} / 10)</source>
            <translation>
                <numerusform>{time} (%n exercice fait, douleur {pain} / 10)</numerusform>
                <numerusform>{time} (%n exercices faits, douleur {pain} / 10)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Progression</name>
        <message>
            <source>Ready for longer holds?</source>
            <translation>Passer à des maintiens plus longs ?</translation>
        </message>
        <message numerus="yes">
            <source>You practised on %n of the last 7 days.</source>
            <translation>
                <numerusform>Vous avez pratiqué %n jour sur les 7 derniers.</numerusform>
                <numerusform>Vous avez pratiqué %n jours sur les 7 derniers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold each stretch for %n second(s) instead of {now}? You can change this any time in Settings.</source>
            <translation>
                <numerusform>Maintenir chaque étirement %n seconde au lieu de {now} ? Vous pouvez changer cela à tout moment dans les Paramètres.</numerusform>
                <numerusform>Maintenir chaque étirement %n secondes au lieu de {now} ? Vous pouvez changer cela à tout moment dans les Paramètres.</numerusform>
            </translation>
        </message>
        <message>
            <source>One of your check-ins in the last week was above {acceptable} out of 10.</source>
            <translation>L’une de vos évaluations de la douleur de la dernière semaine dépassait {acceptable} sur 10.</translation>
        </message>
        <message>
            <source>Your knee pain rose during the routine in the last week.</source>
            <translation>Votre douleur au genou a augmenté pendant la routine cette dernière semaine.</translation>
        </message>
        <message>
            <source>Your pain check-ins have gone up over the last week.</source>
            <translation>Vos évaluations de la douleur ont augmenté cette dernière semaine.</translation>
        </message>
        <message numerus="yes">
            <source>Hold each stretch for %n second(s) instead of {now}.</source>
            <translation>
                <numerusform>Maintenez chaque étirement %n seconde au lieu de {now}.</numerusform>
                <numerusform>Maintenez chaque étirement %n secondes au lieu de {now}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Circle your ankles %n time(s) each way instead of {now}.</source>
            <translation>
                <numerusform>Faites tourner vos chevilles %n fois dans chaque sens au lieu de {now}.</numerusform>
                <numerusform>Faites tourner vos chevilles %n fois dans chaque sens au lieu de {now}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stretch only as far as is comfortable, and stop if the pain is sharp or getting worse. You can change this any time in Settings.</source>
            <translation>Ne vous étirez pas plus loin que ce qui reste confortable, et arrêtez si la douleur est vive ou augmente. Vous pouvez changer cela à tout moment dans les Paramètres.</translation>
        </message>
        <message>
            <source>Ease off a little?</source>
            <translation>Y aller un peu plus doucement ?</translation>
        </message>
    </context>
    <context>
        <name>RedFlagCheck</name>
        <message>
            <source>Is it safe to start?</source>
            <translation>Puis-je commencer sans risque ?</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Nothing that needs a doctor first</source>
            <translation>Rien qui demande de voir d'abord un médecin</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>I will ask first</source>
            <translation>Je demande d'abord</translation>
        </message>
        <message>
            <source>Go on anyway</source>
            <translation>Continuer quand même</translation>
        </message>
    </context>
    <context>
        <name>RedFlags</name>
        <message>
            <source>Is your knee swollen, hot or red?</source>
            <translation>Votre genou est-il enflé, chaud ou rouge ?</translation>
        </message>
        <message>
            <source>Does your knee lock (get stuck) or give way?</source>
            <translation>Votre genou se bloque-t-il (reste coincé) ou se dérobe-t-il ?</translation>
        </message>
        <message>
            <source>Have you recently injured your knee or had a fall?</source>
            <translation>Vous êtes-vous blessé au genou ou avez-vous fait une chute récemment ?</translation>
        </message>
        <message>
            <source>Are you unable to put your weight on the leg?</source>
            <translation>Êtes-vous incapable de vous appuyer sur la jambe ?</translation>
        </message>
        <message>
            <source>Do you have pain or swelling in your calf?</source>
            <translation>Avez-vous une douleur ou un gonflement au mollet ?</translation>
        </message>
        <message>
            <source>Before you start, a few quick questions about your knee. Answer yes if it is true for you now.</source>
            <translation>Avant de commencer, quelques questions rapides sur votre genou. Répondez oui si c’est le cas pour vous en ce moment.</translation>
        </message>
        <message>
            <source>Please see a doctor or physiotherapist before you start these exercises, and tell them what you answered yes to. They can look at your knee; KneeCoach cannot, and this is not a diagnosis.</source>
            <translation>Consultez un médecin ou un kinésithérapeute avant de commencer ces exercices, et dites-lui à quoi vous avez répondu oui. Il peut examiner votre genou ; KneeCoach ne le peut pas, et ceci n’est pas un diagnostic.</translation>
        </message>
        <message>
            <source>Pain or swelling in the calf, or a leg you cannot put your weight on, should be seen by a doctor soon: today if you can.</source>
            <translation>Une douleur ou un gonflement au mollet, ou une jambe sur laquelle vous ne pouvez pas vous appuyer, doit être vu rapidement par un médecin : aujourd’hui si possible.</translation>
        </message>
        <message>
            <source>If you choose to go on, go gently: only as far as is comfortable, and stop if the pain is sharp or getting worse.</source>
            <translation>Si vous choisissez de continuer, allez-y doucement : pas plus loin que ce qui reste confortable, et arrêtez si la douleur est vive ou augmente.</translation>
        </message>
        <message>
            <source>Please see a doctor or physiotherapist first</source>
            <translation>Consultez d’abord un médecin ou un kinésithérapeute</translation>
        </message>
        <message>
            <source>Thank you. Go gently: only as far as is comfortable, and stop if the pain is sharp or getting worse. You can take this check again from the home page at any time.</source>
            <translation>Merci. Allez-y doucement : pas plus loin que ce qui reste confortable, et arrêtez si la douleur est vive ou augmente. Vous pouvez refaire ce questionnaire à tout moment depuis la page d’accueil.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTimes</name>
        <message>
            <source>Add a time</source>
            <translation>Ajouter une heure</translation>
        </message>
        <message>
            <source>Reminder time {number}</source>
            <translation>Heure de rappel {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>remove a reminder time</comment>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove reminder time {number}</source>
            <translation>Retirer l’heure de rappel {number}</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>today {time}</source>
            <translation>aujourd’hui à {time}</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <translation>demain à {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a day of the week and a time of day</comment>
            <translation>{day} à {time}</translation>
        </message>
        <message>
            <source>Time for your knee routine</source>
            <translation>C’est l’heure de votre routine pour les genoux</translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) of gentle mobility for your knees.</source>
            <translation>
                <numerusform>Environ %n minute de mobilité douce pour vos genoux.</numerusform>
                <numerusform>Environ %n minutes de mobilité douce pour vos genoux.</numerusform>
            </translation>
        </message>
        <message>
            <source>You missed your {time} reminder; there is still time today. {reminder}</source>
            <translation>Vous avez manqué le rappel de {time} ; il est encore temps aujourd’hui. {reminder}</translation>
        </message>
    </context>
    <context>
        <name>Routine</name>
        <message>
            <source>Ankles only</source>
            <translation>Chevilles seulement</translation>
        </message>
        <message>
            <source>Hips only</source>
            <translation>Hanches seulement</translation>
        </message>
        <message>
            <source>Knee relief — ankles &amp; hips</source>
            <translation>Soulager les genoux — chevilles &amp; hanches</translation>
        </message>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation>Maintenez {seconds} s de chaque côté</translation>
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation>Maintenez {seconds} s</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) each direction</source>
            <translation>
                <numerusform>%n répétition dans chaque sens</numerusform>
                <numerusform>%n répétitions dans chaque sens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n répétition</numerusform>
                <numerusform>%n répétitions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>Usual</source>
            <translation>Habituel</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Routines</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nouvelle routine</translation>
        </message>
        <message>
            <source>Start a routine of your own</source>
            <translation>Créer votre propre routine</translation>
        </message>
        <message>
            <source>Copy</source>
            <comment>make a copy of the routine</comment>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Make a routine of your own from this one</source>
            <translation>Créer votre propre routine à partir de celle-ci</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete this routine of yours</source>
            <translation>Supprimer cette routine personnelle</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Nom de la routine</translation>
        </message>
        <message>
            <source>Exercises in this routine, in order</source>
            <translation>Exercices de cette routine, dans l’ordre</translation>
        </message>
        <message>
            <source>Up</source>
            <comment>move the exercise earlier</comment>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Earlier in the routine (Alt+Up)</source>
            <translation>Plus tôt dans la routine (Alt+Haut)</translation>
        </message>
        <message>
            <source>Down</source>
            <comment>move the exercise later</comment>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Later in the routine (Alt+Down)</source>
            <translation>Plus tard dans la routine (Alt+Bas)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Take it out of this routine (Del)</source>
            <translation>Le retirer de cette routine (Suppr)</translation>
        </message>
        <message>
            <source>Dose in this routine</source>
            <translation>Dosage dans cette routine</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Exercice à ajouter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add the exercise chosen beside to this routine</source>
            <translation>Ajouter à cette routine l’exercice choisi à côté</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Durée totale</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>hold time of an exercise</comment>
            <translation>Maintien</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Ajouter un exercice</translation>
        </message>
        <message>
            <source>Save &amp;&amp; use this routine</source>
            <translation>Enregistrer &amp;&amp; utiliser</translation>
        </message>
        <message>
            <source>Keep your changes; Start then runs the routine chosen on the left</source>
            <translation>Garder vos modifications ; « Commencer la routine » lancera alors la routine choisie à gauche</translation>
        </message>
        <message>
            <source>{routine} (built in)</source>
            <translation>{routine} (intégrée)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {minutes} min</source>
            <translation>
                <numerusform>%n exercice · environ {minutes} min</numerusform>
                <numerusform>%n exercices · environ {minutes} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your routine: add exercises, put them in order and change a hold or count.</source>
            <translation>Votre routine : ajoutez des exercices, mettez-les dans l’ordre et modifiez une durée de maintien ou un nombre de répétitions.</translation>
        </message>
        <message>
            <source>A built-in routine cannot be changed. Copy it to make one of your own.</source>
            <translation>Une routine intégrée ne peut pas être modifiée. Copiez-la pour créer la vôtre.</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Ma routine</translation>
        </message>
        <message>
            <source>{routine} (copy)</source>
            <translation>{routine} (copie)</translation>
        </message>
        <message>
            <source>(an exercise that is no longer there)</source>
            <translation>(un exercice qui n’existe plus)</translation>
        </message>
        <message>
            <source>{exercise} — {dose}</source>
            <translation>{exercise} — {dose}</translation>
        </message>
        <message>
            <source>{exercise} — {dose} (this routine)</source>
            <translation>{exercise} — {dose} (dans cette routine)</translation>
        </message>
        <message>
            <source>Total: {summary}</source>
            <translation>Total : {summary}</translation>
        </message>
        <message>
            <source>A routine</source>
            <translation>Une routine</translation>
        </message>
        <message>
            <source>“{routine}” needs a name and at least one exercise.</source>
            <translation>« {routine} » doit avoir un nom et au moins un exercice.</translation>
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number of seconds</comment>
            <translation> s de chaque côté</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation> répétitions</translation>
        </message>
        <message>
            <source>this exercise</source>
            <translation>cet exercice</translation>
        </message>
        <message>
            <source>Hold for {exercise}</source>
            <translation>Maintien pour {exercise}</translation>
        </message>
        <message>
            <source>Reps for {exercise}</source>
            <translation>Répétitions pour {exercise}</translation>
        </message>
    </context>
    <context>
        <name>RunKeyAutostart</name>
        <message>
            <source>Start at login could not be set: {error}</source>
            <translation>Le lancement à l’ouverture de session n’a pas pu être activé : {error}</translation>
        </message>
        <message>
            <source>Start at login could not be removed: {error}</source>
            <translation>Le lancement à l’ouverture de session n’a pas pu être désactivé : {error}</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Take your time getting down onto the floor.</source>
            <translation>Prenez votre temps pour descendre au sol.</translation>
        </message>
        <message>
            <source>Take your time getting up from the floor.</source>
            <translation>Prenez votre temps pour vous relever du sol.</translation>
        </message>
    </context>
    <context>
        <name>ScreenAwake</name>
        <message>
            <source>A KneeCoach routine is in progress</source>
            <translation>Une routine KneeCoach est en cours</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Routine in progress</source>
            <translation>Routine en cours</translation>
        </message>
        <message>
            <source>Side</source>
            <comment>left or right side of the body</comment>
            <translation>Côté</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Consigne</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>what comes after this step</comment>
            <translation>À suivre</translation>
        </message>
        <message>
            <source>paused</source>
            <comment>under a countdown that is stopped</comment>
            <translation>en pause</translation>
        </message>
        <message>
            <source>of {count}</source>
            <comment>under the rep in progress: 7 of 12</comment>
            <translation>sur {count}</translation>
        </message>
        <message>
            <source>◀  Back</source>
            <comment>go back one part: the first side, the start of this exercise, the previous one</comment>
            <translation>◀  Retour</translation>
        </message>
        <message>
            <source>Back: to the first side, then the start of this exercise, then the previous one</source>
            <translation>Retour : au premier côté, puis au début de cet exercice, puis au précédent</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Mettre en pause ou reprendre</translation>
        </message>
        <message>
            <source>Skip  ▶</source>
            <comment>go to the next exercise</comment>
            <translation>Passer  ▶</translation>
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation>Passer à l’exercice suivant</translation>
        </message>
        <message>
            <source>Restart exercise</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <source>Restart this exercise</source>
            <translation>Recommencer cet exercice</translation>
        </message>
        <message>
            <source>Fullscreen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <source>Fullscreen on or off</source>
            <translation>Activer ou quitter le plein écran</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Stop the routine</source>
            <translation>Arrêter la routine</translation>
        </message>
        <message>
            <source>{action} ({key})</source>
            <comment>a control and its shortcut key</comment>
            <translation>{action} ({key})</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation>Exercice {number} sur {count}</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>Ensuite : fin</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>Ensuite : {exercise}</translation>
        </message>
        <message>
            <source>Next: rest, then {exercise}</source>
            <translation>Ensuite : repos, puis {exercise}</translation>
        </message>
        <message>
            <source>Next: switch to the left side</source>
            <translation>Ensuite : passez au côté gauche</translation>
        </message>
        <message>
            <source>Next: switch to the right side</source>
            <translation>Ensuite : passez au côté droit</translation>
        </message>
        <message>
            <source>Next: change direction, {direction}</source>
            <translation>Ensuite : changement de sens, {direction}</translation>
        </message>
        <message numerus="yes">
            <source>Next: %n circle(s), {direction}</source>
            <translation>
                <numerusform>Ensuite : %n rotation, {direction}</numerusform>
                <numerusform>Ensuite : %n rotations, {direction}</numerusform>
            </translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <comment>the next step, e.g. hold</comment>
            <translation>Ensuite : {step}</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <comment>under the seconds left</comment>
            <translation>
                <numerusform>seconde</numerusform>
                <numerusform>secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture: {exercise}, left</source>
            <translation>Image : {exercise}, côté gauche</translation>
        </message>
        <message>
            <source>Picture: {exercise}, right</source>
            <translation>Image : {exercise}, côté droit</translation>
        </message>
        <message>
            <source>Picture: {exercise}, both sides</source>
            <translation>Image : {exercise}, des deux côtés</translation>
        </message>
        <message>
            <source>Leave fullscreen</source>
            <translation>Quitter le plein écran</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the default, {value}, is used instead</source>
            <translation>la valeur par défaut, {value}, est utilisée à la place</translation>
        </message>
        <message>
            <source>{name} must be a list of texts; {fallback}</source>
            <translation>{name} doit être une liste de textes ; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be true or false; {fallback}</source>
            <translation>{name} doit valoir true ou false ; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be a number; {fallback}</source>
            <translation>{name} doit être un nombre ; {fallback}</translation>
        </message>
        <message>
            <source>{name} is {value}, outside {low}–{high}; {fallback}</source>
            <translation>{name} vaut {value}, hors de l’intervalle {low}–{high} ; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be one of {choices}; {fallback}</source>
            <translation>{name} doit être l’une de ces valeurs : {choices} ; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be a text; {fallback}</source>
            <translation>{name} doit être un texte ; {fallback}</translation>
        </message>
        <message>
            <source>{name} must name days among {days}; {fallback}</source>
            <translation>{name} doit indiquer des jours parmi {days} ; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be 1 to {most} times written like "{example}"; {fallback}</source>
            <translation>{name} doit contenir de 1 à {most} heures écrites comme « {example} » ; {fallback}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>KneeCoach settings</source>
            <translation>Paramètres de KneeCoach</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <source>Sound &amp;&amp; display</source>
            <comment>tab title; &amp;&amp; shows as one &amp;</comment>
            <translation>Son &amp;&amp; affichage</translation>
        </message>
        <message>
            <source>Remind me every day</source>
            <translation>Me rappeler chaque jour</translation>
        </message>
        <message>
            <source>Remind on {day}</source>
            <translation>Rappel le {day}</translation>
        </message>
        <message>
            <source>At</source>
            <comment>reminder times</comment>
            <translation>Heures</translation>
        </message>
        <message>
            <source>On</source>
            <comment>reminder days</comment>
            <translation>Jours</translation>
        </message>
        <message>
            <source>Ask how my knee is before each routine</source>
            <translation>Demander comment va mon genou avant chaque routine</translation>
        </message>
        <message>
            <source>With the answer after the routine, it shows whether the exercises ease your knee</source>
            <translation>Avec la réponse d'après la routine, cela montre si les exercices soulagent votre genou</translation>
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number</comment>
            <translation> s de chaque côté</translation>
        </message>
        <message>
            <source> each direction</source>
            <comment>after a number of reps</comment>
            <translation> dans chaque sens</translation>
        </message>
        <message>
            <source> s per rep</source>
            <comment>after a number</comment>
            <translation> s par répétition</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds, after a number</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>At least this long. An exercise with several set-up steps gets longer: time to read each of them on its own.</source>
            <translation>Au moins cette durée. Un exercice avec plusieurs étapes de mise en place a plus de temps : le temps de lire chacune d’elles à part.</translation>
        </message>
        <message>
            <source>Hold each stretch</source>
            <translation>Maintien de chaque étirement</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <translation>Rotations des chevilles</translation>
        </message>
        <message>
            <source>Rep pace</source>
            <translation>Rythme des répétitions</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Préparation</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Changement de côté</translation>
        </message>
        <message>
            <source>Rest between exercises</source>
            <translation>Repos entre les exercices</translation>
        </message>
        <message>
            <source>The article's dosage is a 30-second hold and 10–15 ankle circles each direction. Exercises you added keep the dosage you gave them.</source>
            <translation>L’article recommande de maintenir chaque étirement 30 secondes et de faire 10 à 15 rotations des chevilles dans chaque sens. Les exercices que vous avez ajoutés gardent le dosage que vous leur avez donné.</translation>
        </message>
        <message>
            <source>Offer longer holds as I progress</source>
            <translation>Proposer des maintiens plus longs quand je progresse</translation>
        </message>
        <message>
            <source>After a week of regular practice, offer holds {step} seconds longer, up to {ceiling}</source>
            <translation>Après une semaine de pratique régulière, proposer des maintiens plus longs de {step} secondes, jusqu’à {ceiling}</translation>
        </message>
        <message>
            <source>After a week of regular practice KneeCoach offers {step} s more (up to {ceiling} s), and offers to step back if your pain check-ins go up. It only asks.</source>
            <translation>Après une semaine de pratique régulière, KneeCoach propose {step} s de plus (jusqu’à {ceiling} s), et propose de revenir en arrière si vos évaluations de la douleur augmentent. Il vous demande toujours votre avis avant.</translation>
        </message>
        <message>
            <source> days a week</source>
            <comment>after a number</comment>
            <translation> jours par semaine</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Objectif hebdomadaire</translation>
        </message>
        <message>
            <source>The days you do not need for your goal are rest days: they keep your streak going.</source>
            <translation>Les jours dont vous n’avez pas besoin pour votre objectif sont des jours de repos : ils n’interrompent pas votre série.</translation>
        </message>
        <message>
            <source>Chimes at each step</source>
            <translation>Signal sonore à chaque étape</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Volume du signal sonore</translation>
        </message>
        <message>
            <source>Spoken cues (where the computer has a voice)</source>
            <translation>Consignes parlées (si l’ordinateur dispose d’une voix)</translation>
        </message>
        <message>
            <source>Breathing guide during holds</source>
            <translation>Guide de respiration pendant les maintiens</translation>
        </message>
        <message>
            <source>Moving figures (off: still pictures, less motion)</source>
            <translation>Silhouettes animées (désactivé : images fixes, moins de mouvement)</translation>
        </message>
        <message>
            <source>Far from the screen: larger type during the routine</source>
            <translation>Loin de l’écran : texte plus grand pendant la routine</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Start in full screen</source>
            <translation>Démarrer en plein écran</translation>
        </message>
        <message>
            <source>As the computer is set</source>
            <translation>Comme l’ordinateur</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>A new language is used from the next start of KneeCoach.</source>
            <translation>Une nouvelle langue s’applique au prochain démarrage de KneeCoach.</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volume</translation>
        </message>
        <message>
            <source>Choose at least one day for your reminder.</source>
            <translation>Choisissez au moins un jour pour votre rappel.</translation>
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>Settings are read-only</source>
            <translation>Paramètres en lecture seule</translation>
        </message>
        <message>
            <source>Your settings file: {problem}.</source>
            <translation>Votre fichier de paramètres : {problem}.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>Impossible de lire les paramètres</translation>
        </message>
        <message>
            <source>Your settings file could not be read: {problem}. It was kept unchanged as {file} in {folder}; the default settings are used.</source>
            <translation>Votre fichier de paramètres n’a pas pu être lu : {problem}. Il a été conservé tel quel sous le nom {file} dans {folder} ; les paramètres par défaut sont utilisés.</translation>
        </message>
        <message>
            <source>Some settings were not valid</source>
            <translation>Certains paramètres n’étaient pas valides</translation>
        </message>
        <message>
            <source>In your settings file, {problems}. The original file was kept as {file} in {folder}.</source>
            <translation>Dans votre fichier de paramètres : {problems}. Le fichier d’origine a été conservé sous le nom {file} dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>SoundCheck</name>
        <message>
            <source>Sound support could not be loaded on this computer. On Linux, install the PulseAudio client library (libpulse0).</source>
            <translation>La prise en charge du son n’a pas pu être chargée sur cet ordinateur. Sous Linux, installez la bibliothèque cliente PulseAudio (libpulse0).</translation>
        </message>
        <message>
            <source>No speakers or headphones were found.</source>
            <translation>Aucun haut-parleur ni casque n’a été trouvé.</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Tester le son</translation>
        </message>
        <message>
            <source>Play a chime at this volume</source>
            <translation>Jouer un carillon à ce volume</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Tester la voix</translation>
        </message>
        <message>
            <source>Hear how a cue sounds</source>
            <translation>Écouter une consigne</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Résultat du test</translation>
        </message>
        <message>
            <source>No sound: {problem}</source>
            <translation>Pas de son : {problem}</translation>
        </message>
        <message>
            <source>A chime plays at volume {volume} %. If you hear nothing, check your speakers and the computer's volume.</source>
            <translation>Un carillon est joué au volume {volume} %. Si vous n’entendez rien, vérifiez les haut-parleurs et le volume de l’ordinateur.</translation>
        </message>
        <message>
            <source>No sound: the chime could not be loaded.</source>
            <translation>Pas de son : le carillon n’a pas pu être chargé.</translation>
        </message>
        <message>
            <source>Speaking: “{words}” If you hear nothing, check your speakers and the computer's volume.</source>
            <translation>Annonce : « {words} » Si vous n’entendez rien, vérifiez les haut-parleurs et le volume de l’ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>StatCard</name>
        <message>
            <source>{caption}: {value}</source>
            <translation>{caption} : {value}</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>'{field}' is not a list of sessions</source>
            <translation>'{field}' n’est pas une liste de séances</translation>
        </message>
        <message>
            <source>it is not a table</source>
            <translation>ce n’est pas une table</translation>
        </message>
        <message>
            <source>session #{number}: {problem}</source>
            <translation>séance n° {number} : {problem}</translation>
        </message>
    </context>
    <context>
        <name>TomlFile</name>
        <message>
            <source>it could not be opened ({reason})</source>
            <translation>il n’a pas pu être ouvert ({reason})</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>c’est un dossier, pas un fichier</translation>
        </message>
        <message>
            <source>it is not an ordinary file</source>
            <translation>ce n’est pas un fichier ordinaire</translation>
        </message>
        <message>
            <source>it is larger than {size} MB, too large to be read</source>
            <translation>il dépasse {size} Mo, trop pour être lu</translation>
        </message>
        <message>
            <source>it is saved as UTF-16, not as UTF-8 text</source>
            <translation>il est enregistré en UTF-16, pas en texte UTF-8</translation>
        </message>
        <message>
            <source>it is not a text file</source>
            <translation>ce n’est pas un fichier texte</translation>
        </message>
        <message>
            <source>it is damaged or was edited by hand ({error})</source>
            <translation>il est endommagé ou a été modifié à la main ({error})</translation>
        </message>
        <message>
            <source>its lists or tables are nested too deeply</source>
            <translation>ses listes ou tables sont imbriquées trop profondément</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>le disque est plein</translation>
        </message>
        <message>
            <source>KneeCoach is not allowed to write in {folder}</source>
            <translation>KneeCoach n’a pas le droit d’écrire dans {folder}</translation>
        </message>
        <message>
            <source>{file} could not be saved: {reason}.</source>
            <translation>{file} n’a pas pu être enregistré : {reason}.</translation>
        </message>
        <message>
            <source>KneeCoach is not allowed to write in {folder}, so nothing can be saved.</source>
            <translation>KneeCoach n’a pas le droit d’écrire dans {folder} : rien ne peut donc être enregistré.</translation>
        </message>
        <message>
            <source>{folder} cannot be written to ({reason}).</source>
            <translation>Impossible d’écrire dans {folder} ({reason}).</translation>
        </message>
        <message>
            <source>it has no valid schema_version</source>
            <translation>il n’a pas de schema_version valide</translation>
        </message>
        <message>
            <source>it was written by a newer version of KneeCoach (format {version}); it is shown but not changed</source>
            <translation>il a été écrit par une version plus récente de KneeCoach (format {version}) ; il est affiché mais pas modifié</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Start routine</source>
            <translation>Commencer la routine</translation>
        </message>
        <message>
            <source>Open KneeCoach</source>
            <translation>Ouvrir KneeCoach</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>Rappeler dans 15 min</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Rappeler dans 1 heure</translation>
        </message>
        <message>
            <source>Skip today</source>
            <translation>Plus de rappel aujourd’hui</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
        <message>
            <source>Quit KneeCoach</source>
            <translation>Quitter KneeCoach</translation>
        </message>
    </context>
    <context>
        <name>UserFile</name>
        <message>
            <source>'{field}' is not a list</source>
            <translation>« {field} » n’est pas une liste</translation>
        </message>
        <message>
            <source>The file {file}: {problem}.</source>
            <translation>Le fichier {file} : {problem}.</translation>
        </message>
        <message>
            <source>Part of the file could not be used: {problems}. The rest is used, and the original file was kept as {file} in {folder}.</source>
            <translation>Une partie du fichier n’a pas pu être utilisée : {problems}. Le reste est utilisé, et le fichier d’origine a été conservé sous le nom {file} dans {folder}.</translation>
        </message>
        <message>
            <source>it could not be read, nor set aside ({reason})</source>
            <translation>il n’a pu être ni lu ni mis de côté ({reason})</translation>
        </message>
        <message>
            <source>The file {file} could not be read ({problem}) and is left as it is; nothing in it is changed.</source>
            <translation>Le fichier {file} n’a pas pu être lu ({problem}) et reste tel quel ; rien n’y est modifié.</translation>
        </message>
        <message>
            <source>In {file}: {problems}. They are kept in the file unchanged until you mend them.</source>
            <translation>Dans {file} : {problems}. Ces éléments restent tels quels dans le fichier jusqu’à ce que vous les corrigiez.</translation>
        </message>
        <message>
            <source>{file} is not changed: {reason}. Your change applies until you quit.</source>
            <translation>{file} n’est pas modifié : {reason}. Votre modification s’applique jusqu’à ce que vous quittiez KneeCoach.</translation>
        </message>
    </context>
    <context>
        <name>VersionedFile</name>
        <message>
            <source>its format {version} could not be upgraded</source>
            <translation>son format {version} n’a pas pu être mis à jour</translation>
        </message>
        <message>
            <source>its original could not be kept in a copy</source>
            <translation>l’original n’a pas pu être conservé dans une copie</translation>
        </message>
    </context>
    <context>
        <name>Voice</name>
        <message>
            <source>Speech support could not be loaded on this computer, so KneeCoach cannot speak. The chimes and the words on screen still guide you.</source>
            <translation>La synthèse vocale n’a pas pu être chargée sur cet ordinateur : KneeCoach ne peut donc pas parler. Les carillons et le texte à l’écran vous guident toujours.</translation>
        </message>
        <message>
            <source>This computer has no text-to-speech engine, so KneeCoach cannot speak. On Linux, install speech-dispatcher and espeak-ng, then try again.</source>
            <translation>Cet ordinateur n’a pas de moteur de synthèse vocale : KneeCoach ne peut donc pas parler. Sous Linux, installez speech-dispatcher et espeak-ng, puis réessayez.</translation>
        </message>
        <message>
            <source>The computer's speech engine is not working ({details}), so KneeCoach cannot speak. On Linux, check that speech-dispatcher is installed and running.</source>
            <translation>Le moteur de synthèse vocale de l’ordinateur ne fonctionne pas ({details}) : KneeCoach ne peut donc pas parler. Sous Linux, vérifiez que speech-dispatcher est installé et lancé.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message numerus="yes">
            <source>about %n minute(s) in all</source>
            <translation>
                <numerusform>environ %n minute en tout</numerusform>
                <numerusform>environ %n minutes en tout</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each day, {app} guides you through %n gentle exercise(s) for your ankles and hips: {length}.</source>
            <translation>
                <numerusform>Chaque jour, {app} vous guide dans %n exercice doux pour vos chevilles et vos hanches : {length}.</numerusform>
                <numerusform>Chaque jour, {app} vous guide dans %n exercices doux pour vos chevilles et vos hanches : {length}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{exercise}: %n in each direction.</source>
            <translation>
                <numerusform>{exercise} : %n répétition dans chaque sens.</numerusform>
                <numerusform>{exercise} : %n répétitions dans chaque sens.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (stretch|stretches), each held for {hold} on each side.</source>
            <translation>
                <numerusform>%n étirement, maintenu {hold} de chaque côté.</numerusform>
                <numerusform>%n étirements, chacun maintenu {hold} de chaque côté.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>One stretch held for %n second(s) on each side.</source>
            <translation>
                <numerusform>Un étirement maintenu %n seconde de chaque côté.</numerusform>
                <numerusform>Un étirement maintenu %n secondes de chaque côté.</numerusform>
            </translation>
        </message>
        <message>
            <source>Big timers count down every hold and a chime tells you when to switch sides, so you can follow from your mat.</source>
            <translation>De grands minuteurs décomptent chaque maintien et un signal sonore vous indique quand changer de côté : vous pouvez suivre depuis votre tapis.</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Bienvenue dans {app}</translation>
        </message>
        <message>
            <source>I practise far from the screen: show the routine in larger type</source>
            <translation>Je m’exerce loin de l’écran : afficher la routine en plus grand</translation>
        </message>
        <message>
            <source>A voice that coaches</source>
            <translation>Une voix qui vous guide</translation>
        </message>
        <message>
            <source>To stay safe</source>
            <translation>Pour votre sécurité</translation>
        </message>
        <message>
            <source>Remind me every day at</source>
            <translation>Me rappeler chaque jour à</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Heure du rappel</translation>
        </message>
        <message>
            <source>Speak the cues: each exercise and side, when to switch, halfway and the last five seconds of each hold</source>
            <translation>Annoncer à voix haute : chaque exercice et chaque côté, le moment de changer, la mi-parcours et les cinq dernières secondes de chaque maintien</translation>
        </message>
        <message>
            <source>Add KneeCoach to my applications menu, to start it from there</source>
            <translation>Ajouter KneeCoach à mon menu des applications, pour le lancer depuis là</translation>
        </message>
        <message>
            <source>Also in Settings; nothing is added when you skip this</source>
            <translation>Aussi dans les Paramètres ; rien n’est ajouté si vous passez cette étape</translation>
        </message>
        <message>
            <source>Let’s begin</source>
            <translation>Commençons</translation>
        </message>
        <message>
            <source>Skip</source>
            <comment>close the welcome</comment>
            <translation>Passer</translation>
        </message>
        <message>
            <source>Close this; everything here is also in Settings</source>
            <translation>Fermer ; tout ceci se retrouve aussi dans les Paramètres</translation>
        </message>
        <message>
            <source>Your daily reminder</source>
            <translation>Votre rappel quotidien</translation>
        </message>
        <message>
            <source>You can change all of this later in Settings (Ctrl+,).</source>
            <translation>Vous pourrez modifier tout cela plus tard dans les Paramètres (Ctrl+,).</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>long date pattern</comment>
            <translation>dddd d MMMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy</source>
            <comment>short date pattern</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM</source>
            <comment>day and month pattern</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>ddd d MMM yyyy</source>
            <comment>table date pattern</comment>
            <translation>ddd d MMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month pattern</comment>
            <translation>MMMM yyyy</translation>
        </message>
    </context>
</TS>
