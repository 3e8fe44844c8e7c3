<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>Announcer</name>
        <message>
            <source>Rep {number} of {total}</source>
            <translation>Repetición {number} de {total}</translation>
        </message>
        <message>
            <source>Paused. Press Space to go on.</source>
            <translation>En pausa. Pulse Espacio para continuar.</translation>
        </message>
        <message>
            <source>Going on.</source>
            <translation>Continuamos.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>KneeCoach cannot start</source>
            <translation>KneeCoach no puede iniciarse</translation>
        </message>
        <message>
            <source>Something went wrong as KneeCoach started:

{problem}

The details are in {log}.</source>
            <translation>Algo salió mal al iniciar KneeCoach:

{problem}

Los detalles están en {log}.</translation>
        </message>
        <message>
            <source>The exercises could not be loaded.

{problem}</source>
            <translation>No se pudieron cargar los ejercicios.

{problem}</translation>
        </message>
        <message>
            <source>Today: done ✓</source>
            <translation>Hoy: completado ✓</translation>
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation>Hoy: pendiente</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Racha: %n día</numerusform>
                <numerusform>Racha: %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Next reminder: {when}</source>
            <translation>Próximo recordatorio: {when}</translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Empezar ahora</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>Posponer 15 min</translation>
        </message>
        <message>
            <source>{reminder} Click here to start.</source>
            <translation>{reminder} Haga clic aquí para empezar.</translation>
        </message>
        <message numerus="yes">
            <source>Yes, %n second(s)</source>
            <translation>
                <numerusform>Sí, %n segundo</numerusform>
                <numerusform>Sí, %n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No, keep %n</source>
            <comment>keep holding for n seconds</comment>
            <translation>
                <numerusform>No, seguir con %n</numerusform>
                <numerusform>No, seguir con %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Start KneeCoach when you log in?</source>
            <translation>¿Abrir KneeCoach al iniciar sesión?</translation>
        </message>
        <message>
            <source>It then waits quietly in the tray and reminds you each day at {times}.</source>
            <translation>Así esperará discretamente en la bandeja del sistema y le avisará cada día a las {times}.</translation>
        </message>
        <message>
            <source>Yes, start at login</source>
            <translation>Sí, abrir al iniciar sesión</translation>
        </message>
        <message>
            <source>{earlier} and {later}</source>
            <comment>reminder times</comment>
            <translation>{earlier} y {later}</translation>
        </message>
        <message>
            <source>It then starts with no window and reminds you each day at {times} with a notification.</source>
            <translation>Así se abrirá sin ventana y le avisará cada día a las {times} con una notificación.</translation>
        </message>
        <message>
            <source>Yes, ease off</source>
            <translation>Sí, un poco menos</translation>
        </message>
        <message>
            <source>No, keep it as it is</source>
            <translation>No, dejarlo así</translation>
        </message>
        <message>
            <source>KneeCoach is still here</source>
            <translation>KneeCoach sigue aquí</translation>
        </message>
        <message>
            <source>It waits in the tray to remind you. To quit, choose Quit KneeCoach in this menu.</source>
            <translation>Espera en la bandeja del sistema para avisarle. Para cerrarlo, elija Salir de KneeCoach en este menú.</translation>
        </message>
    </context>
    <context>
        <name>AppStateStore</name>
        <message>
            <source>Reminder state is not saved</source>
            <translation>El estado de los recordatorios no se guarda</translation>
        </message>
        <message>
            <source>A small file KneeCoach keeps for its reminders ({file}): {problem}.</source>
            <translation>Un pequeño archivo que KneeCoach usa para los recordatorios ({file}): {problem}.</translation>
        </message>
        <message>
            <source>Reminder state was reset</source>
            <translation>Se restableció el estado de los recordatorios</translation>
        </message>
        <message>
            <source>A small file KneeCoach keeps for its reminders could not be read: {problem}. It was set aside as {file}; your history is not affected.</source>
            <translation>No se pudo leer un pequeño archivo que KneeCoach usa para los recordatorios: {problem}. Se ha apartado como {file}; su historial no se ve afectado.</translation>
        </message>
        <message>
            <source>Part of the reminder state was reset</source>
            <translation>Se restableció parte del estado de los recordatorios</translation>
        </message>
        <message>
            <source>In a small file KneeCoach keeps for its reminders, {problems}; that part was reset. The original file was kept as {file} in {folder}; your history is not affected.</source>
            <translation>En un pequeño archivo que KneeCoach usa para los recordatorios: {problems}; esa parte se ha restablecido. El archivo original se ha guardado como {file} en {folder}; su historial no se ve afectado.</translation>
        </message>
        <message>
            <source>{keys} could not be used</source>
            <translation>no se pudo usar {keys}</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Start KneeCoach when I log in (it waits in the tray)</source>
            <translation>Abrir KneeCoach al iniciar sesión (espera en la bandeja del sistema)</translation>
        </message>
        <message>
            <source>Start KneeCoach when I log in (it reminds you, with no window)</source>
            <translation>Abrir KneeCoach al iniciar sesión (avisa sin ventana)</translation>
        </message>
        <message>
            <source>Keep reminding me from the tray</source>
            <translation>Seguir avisándome desde la bandeja del sistema</translation>
        </message>
        <message>
            <source>Ask me the first time</source>
            <translation>Preguntarme la primera vez</translation>
        </message>
        <message>
            <source>Keep reminding me in the background</source>
            <translation>Seguir avisándome en segundo plano</translation>
        </message>
        <message>
            <source>Quit KneeCoach</source>
            <translation>Salir de KneeCoach</translation>
        </message>
        <message>
            <source>When I close the window</source>
            <translation>Al cerrar la ventana</translation>
        </message>
        <message>
            <source>Keep reminding you?</source>
            <translation>¿Seguir avisándole?</translation>
        </message>
        <message>
            <source>Keep reminding you after the window is closed?</source>
            <translation>¿Seguir avisándole cuando la ventana esté cerrada?</translation>
        </message>
        <message>
            <source>This desktop shows no tray icon for KneeCoach. It can keep running without a window and remind you at {times} with a notification.

To see the window again, open KneeCoach from your applications. To quit, press Ctrl+Q in the window or choose Quit KneeCoach in its notification.

KneeCoach remembers your answer; you can change it in Settings.</source>
            <translation>Este escritorio no muestra un icono de KneeCoach en la bandeja del sistema. KneeCoach puede seguir funcionando sin ventana y avisarle a las {times} con una notificación.

Para volver a ver la ventana, abra KneeCoach desde sus aplicaciones. Para salir, pulse Ctrl+Q en la ventana o elija «Salir de KneeCoach» en su notificación.

KneeCoach recuerda su respuesta; puede cambiarla en Ajustes.</translation>
        </message>
        <message>
            <source>Open KneeCoach</source>
            <translation>Abrir KneeCoach</translation>
        </message>
        <message>
            <source>KneeCoach keeps reminding you</source>
            <translation>KneeCoach le sigue avisando</translation>
        </message>
        <message>
            <source>Its window is closed; your reminders still come. To quit, choose Quit KneeCoach here.</source>
            <translation>La ventana está cerrada; sus avisos siguen llegando. Para salir, elija aquí «Salir de KneeCoach».</translation>
        </message>
        <message>
            <source>KneeCoach was reminding you in the background</source>
            <translation>KneeCoach le avisaba en segundo plano</translation>
        </message>
        <message>
            <source>Closing the window keeps it reminding you. To stop it, quit KneeCoach (Ctrl+Q).</source>
            <translation>Con la ventana cerrada le sigue avisando. Para detenerlo, salga de KneeCoach (Ctrl+Q).</translation>
        </message>
    </context>
    <context>
        <name>BreathingPacer</name>
        <message>
            <source>Breathing pacer</source>
            <translation>Guía de respiración</translation>
        </message>
    </context>
    <context>
        <name>CalendarHeatmap</name>
        <message>
            <source>Practice calendar</source>
            <translation>Calendario de práctica</translation>
        </message>
        <message>
            <source>{date}: still to come</source>
            <translation>{date}: aún no ha llegado</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s)</source>
            <translation>
                <numerusform>{date}: %n sesión</numerusform>
                <numerusform>{date}: %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>{date}: no practice</source>
            <translation>{date}: sin práctica</translation>
        </message>
        <message numerus="yes">
            <source>Selected: {date}, %n session(s)</source>
            <translation>
                <numerusform>Seleccionado: {date}, %n sesión</numerusform>
                <numerusform>Seleccionado: {date}, %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <source>Selected: {date}, no practice</source>
            <translation>Seleccionado: {date}, sin práctica</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation>Mantener {seconds} s en cada lado</translation>
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation>Mantener {seconds} s</translation>
        </message>
        <message>
            <source>{low}–{high}</source>
            <comment>a range of reps</comment>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <source>{reps} reps each direction</source>
            <translation>{reps} repeticiones en cada sentido</translation>
        </message>
        <message>
            <source>{reps} reps</source>
            <translation>{reps} repeticiones</translation>
        </message>
        <message>
            <source>is used twice</source>
            <translation>está repetido</translation>
        </message>
        <message>
            <source>use lower-case letters, digits and dashes, e.g. 'calf-stretch'</source>
            <translation>use letras minúsculas, cifras y guiones; p. ej., 'calf-stretch'</translation>
        </message>
        <message>
            <source>is not a field of a '{kind}' exercise</source>
            <translation>no es un campo de un ejercicio de tipo '{kind}'</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>must be a non-empty text</source>
            <translation>debe ser un texto no vacío</translation>
        </message>
        <message numerus="yes">
            <source>must be a list of at least %n non-empty text(s)</source>
            <translation>
                <numerusform>debe ser una lista de al menos %n texto no vacío</numerusform>
                <numerusform>debe ser una lista de al menos %n textos no vacíos</numerusform>
            </translation>
        </message>
        <message>
            <source>must be a list of non-empty texts</source>
            <translation>debe ser una lista de textos no vacíos</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}</source>
            <translation>debe ser un número entero de {low} a {high}</translation>
        </message>
        <message>
            <source>is {value}; it must be from {low} to {high}</source>
            <translation>vale {value}; debe estar entre {low} y {high}</translation>
        </message>
        <message>
            <source>is {value}; it must be one of {options}</source>
            <translation>vale {value}; debe ser uno de estos: {options}</translation>
        </message>
        <message>
            <source>must list one or both of {options}, each once</source>
            <translation>debe indicar uno o ambos de {options}, cada uno una sola vez</translation>
        </message>
    </context>
    <context>
        <name>Coach</name>
        <message>
            <source>{reason} It is kept while KneeCoach is open and saved again with your next change or when you quit.</source>
            <translation>{reason} Se conserva mientras KneeCoach esté abierto y se volverá a guardar con su próximo cambio o cuando lo cierre.</translation>
        </message>
        <message>
            <source>{reason} It applies only until you quit.</source>
            <translation>{reason} Solo se aplica hasta que cierre KneeCoach.</translation>
        </message>
        <message>
            <source>Your change could not be saved</source>
            <translation>No se pudo guardar su cambio</translation>
        </message>
        <message>
            <source>That session is no longer in your history</source>
            <translation>Esa sesión ya no está en su historial</translation>
        </message>
        <message>
            <source>Its file was changed outside KneeCoach. The list now shows what is there.</source>
            <translation>Su archivo se modificó fuera de KneeCoach. La lista muestra ahora lo que contiene.</translation>
        </message>
        <message>
            <source>Start at login not changed</source>
            <translation>No se cambió el inicio automático</translation>
        </message>
        <message>
            <source>The picture was not kept</source>
            <translation>No se guardó la imagen</translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message>
            <source>Countdown</source>
            <translation>Cuenta atrás</translation>
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
            <translation>derecha</translation>
        </message>
        <message>
            <source>left</source>
            <comment>the side of the body</comment>
            <translation>izquierda</translation>
        </message>
        <message>
            <source>clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation>sentido horario</translation>
        </message>
        <message>
            <source>counter-clockwise</source>
            <comment>the direction of ankle circles</comment>
            <translation>sentido antihorario</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Prepárese</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>a stretch held still</comment>
            <translation>Mantenga la posición</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Cambie de lado</translation>
        </message>
        <message>
            <source>Change direction</source>
            <translation>Cambie de sentido</translation>
        </message>
        <message>
            <source>Circles</source>
            <comment>ankle circles being done now</comment>
            <translation>Círculos</translation>
        </message>
        <message>
            <source>Rest</source>
            <comment>a pause between exercises</comment>
            <translation>Descanso</translation>
        </message>
        <message>
            <source>RIGHT first</source>
            <comment>the side an exercise starts with</comment>
            <translation>DERECHA primero</translation>
        </message>
        <message>
            <source>LEFT first</source>
            <comment>the side an exercise starts with</comment>
            <translation>IZQUIERDA primero</translation>
        </message>
        <message>
            <source>Side = {meaning}</source>
            <comment>which side the left/right refers to</comment>
            <translation>Lado = {meaning}</translation>
        </message>
        <message>
            <source>Get into position: {step}</source>
            <translation>Póngase en posición: {step}</translation>
        </message>
        <message>
            <source>Now the other side: the same position, mirrored. Breathe fully and steadily.</source>
            <translation>Ahora el otro lado: la misma posición, en espejo. Respire de forma profunda y constante.</translation>
        </message>
        <message>
            <source>{action} Breathe fully and steadily.</source>
            <translation>{action} Respire de forma profunda y constante.</translation>
        </message>
        <message>
            <source>Now roll your ankles clockwise.</source>
            <translation>Ahora gire los tobillos en el sentido de las agujas del reloj.</translation>
        </message>
        <message>
            <source>Now roll your ankles counter-clockwise.</source>
            <translation>Ahora gire los tobillos en sentido contrario a las agujas del reloj.</translation>
        </message>
        <message>
            <source>{step} One circle for each beat.</source>
            <translation>{step} Un círculo con cada sonido.</translation>
        </message>
        <message>
            <source>Rest and breathe. Next: {exercise}.</source>
            <translation>Descanse y respire. A continuación: {exercise}.</translation>
        </message>
        <message>
            <source>Rest and breathe.</source>
            <translation>Descanse y respire.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready, right side first.</source>
            <translation>{exercise}. Prepárese: empiece por el lado derecho.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready, left side first.</source>
            <translation>{exercise}. Prepárese: empiece por el lado izquierdo.</translation>
        </message>
        <message>
            <source>{exercise}. Get ready.</source>
            <translation>{exercise}. Prepárese.</translation>
        </message>
        <message>
            <source>Hold, right side.</source>
            <translation>Mantenga la posición, lado derecho.</translation>
        </message>
        <message>
            <source>Hold, left side.</source>
            <translation>Mantenga la posición, lado izquierdo.</translation>
        </message>
        <message>
            <source>Hold.</source>
            <translation>Mantenga la posición.</translation>
        </message>
        <message>
            <source>Change direction: clockwise.</source>
            <translation>Cambie de sentido: en el sentido de las agujas del reloj.</translation>
        </message>
        <message>
            <source>Change direction: counter-clockwise.</source>
            <translation>Cambie de sentido: en sentido contrario a las agujas del reloj.</translation>
        </message>
        <message>
            <source>Change direction.</source>
            <translation>Cambie de sentido.</translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s), counter-clockwise.</source>
            <translation>
                <numerusform>%n círculo, en sentido contrario a las agujas del reloj.</numerusform>
                <numerusform>%n círculos, en sentido contrario a las agujas del reloj.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n circle(s), clockwise.</source>
            <translation>
                <numerusform>%n círculo, en el sentido de las agujas del reloj.</numerusform>
                <numerusform>%n círculos, en el sentido de las agujas del reloj.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rest.</source>
            <comment>spoken: a pause between exercises</comment>
            <translation>Descanso.</translation>
        </message>
        <message>
            <source>Halfway.</source>
            <comment>spoken: half of a hold is done</comment>
            <translation>Mitad del tiempo.</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s) left.</source>
            <comment>spoken, once per hold</comment>
            <translation>
                <numerusform>Queda %n segundo.</numerusform>
                <numerusform>Quedan %n segundos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused.</source>
            <comment>spoken</comment>
            <translation>En pausa.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <comment>spoken: the routine goes on</comment>
            <translation>Seguimos.</translation>
        </message>
        <message>
            <source>Switch to your left side.</source>
            <translation>Cambie al lado izquierdo.</translation>
        </message>
        <message>
            <source>Switch to your right side.</source>
            <translation>Cambie al lado derecho.</translation>
        </message>
        <message>
            <source>Breathe in</source>
            <translation>Tome aire</translation>
        </message>
        <message>
            <source>Breathe out</source>
            <translation>Suelte el aire</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>{file} could not be read: {problem}.</source>
            <translation>No se pudo leer {file}: {problem}.</translation>
        </message>
        <message>
            <source>{file} is not a KneeCoach history export.</source>
            <translation>{file} no es un historial exportado de KneeCoach.</translation>
        </message>
        <message>
            <source>{file} was written by a newer version of KneeCoach.</source>
            <translation>{file} se creó con una versión más reciente de KneeCoach.</translation>
        </message>
        <message>
            <source>{file} holds more than {most} sessions, far more than any history; it was not imported.</source>
            <translation>{file} contiene más de {most} sesiones, muchas más que cualquier historial; no se ha importado.</translation>
        </message>
    </context>
    <context>
        <name>ExerciseDetail</name>
        <message>
            <source>Try this one</source>
            <translation>Probar este</translation>
        </message>
        <message>
            <source>Try this exercise on its own</source>
            <translation>Probar solo este ejercicio</translation>
        </message>
        <message>
            <source>Run just this exercise, with its timers and chimes</source>
            <translation>Hacer solo este ejercicio, con sus temporizadores y sonidos</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Change this exercise</source>
            <translation>Modificar este ejercicio</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete this exercise of yours</source>
            <translation>Eliminar este ejercicio creado por usted</translation>
        </message>
        <message>
            <source>Hide</source>
            <comment>leave an exercise out</comment>
            <translation>Ocultar</translation>
        </message>
        <message>
            <source>Leave this exercise out of the list, the default routine and the presets</source>
            <translation>Quitar este ejercicio de la lista, de la rutina predeterminada y de las rutinas predefinidas</translation>
        </message>
        <message>
            <source>How to do it</source>
            <translation>Cómo hacerlo</translation>
        </message>
        <message>
            <source>Why it helps:</source>
            <translation>Por qué ayuda:</translation>
        </message>
        <message>
            <source>{exercise}: how to do it</source>
            <translation>{exercise}: cómo se hace</translation>
        </message>
        <message>
            <source>Picture: {exercise}</source>
            <translation>Imagen: {exercise}</translation>
        </message>
        <message>
            <source>Right side: start</source>
            <comment>a picture's caption</comment>
            <translation>Lado derecho: inicio</translation>
        </message>
        <message>
            <source>Right side: end</source>
            <comment>a picture's caption</comment>
            <translation>Lado derecho: final</translation>
        </message>
        <message>
            <source>Left side: start</source>
            <comment>a picture's caption</comment>
            <translation>Lado izquierdo: inicio</translation>
        </message>
        <message>
            <source>Left side: end</source>
            <comment>a picture's caption</comment>
            <translation>Lado izquierdo: final</translation>
        </message>
    </context>
    <context>
        <name>ExerciseEditor</name>
        <message>
            <source>Cautions</source>
            <translation>Precauciones</translation>
        </message>
        <message>
            <source>Hold</source>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Reps</source>
            <translation>Repeticiones</translation>
        </message>
        <message>
            <source>Give the exercise a name.</source>
            <translation>Escriba un nombre para el ejercicio.</translation>
        </message>
        <message>
            <source>Write at least one step, one per line.</source>
            <translation>Escriba al menos un paso, uno por línea.</translation>
        </message>
        <message>
            <source>Hold a position</source>
            <translation>Mantener una posición</translation>
        </message>
        <message>
            <source>Repeat a movement</source>
            <translation>Repetir un movimiento</translation>
        </message>
        <message>
            <source>Ankle</source>
            <translation>Tobillo</translation>
        </message>
        <message>
            <source>Hip</source>
            <translation>Cadera</translation>
        </message>
        <message>
            <source>Edit your exercise</source>
            <translation>Editar su ejercicio</translation>
        </message>
        <message>
            <source>Add your own exercise</source>
            <translation>Añadir un ejercicio propio</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>e.g. Bridge</source>
            <translation>p. ej., Puente</translation>
        </message>
        <message>
            <source>Joint</source>
            <translation>Articulación</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>hold or repeat</comment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Dosage</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Pasos</translation>
        </message>
        <message>
            <source>One step per line, in order</source>
            <translation>Un paso por línea, en orden</translation>
        </message>
        <message>
            <source>Optional, one per line, e.g. Go only as far as is comfortable.</source>
            <translation>Opcional, una por línea; p. ej., Llegue solo hasta donde le resulte cómodo.</translation>
        </message>
        <message>
            <source>Choose picture…</source>
            <translation>Elegir imagen…</translation>
        </message>
        <message>
            <source>Choose a picture</source>
            <translation>Elegir una imagen</translation>
        </message>
        <message>
            <source>No picture</source>
            <translation>Sin imagen</translation>
        </message>
        <message>
            <source>Show the plain figure instead</source>
            <translation>Mostrar en su lugar la figura sencilla</translation>
        </message>
        <message>
            <source>Helps your</source>
            <comment>followed by a joint: ankle or hip</comment>
            <translation>Ayuda a su</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source> s</source>
            <comment>after a number of seconds</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>on each side, one after the other</source>
            <translation>en cada lado, uno después del otro</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation> repeticiones</translation>
        </message>
        <message>
            <source>in each direction, one after the other</source>
            <translation>en cada sentido, uno después del otro</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>{field}: {problem}.</translation>
        </message>
        <message>
            <source>Choose a picture for this exercise</source>
            <translation>Elija una imagen para este ejercicio</translation>
        </message>
        <message>
            <source>Pictures ({patterns})</source>
            <comment>file type filter; keep the brackets</comment>
            <translation>Imágenes ({patterns})</translation>
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show.</source>
            <translation>{file} no es una imagen que KneeCoach pueda mostrar.</translation>
        </message>
        <message>
            <source>Picture chosen</source>
            <translation>Imagen elegida</translation>
        </message>
        <message>
            <source>No picture: the plain figure</source>
            <translation>Sin imagen: la figura sencilla</translation>
        </message>
    </context>
    <context>
        <name>ExerciseList</name>
        <message>
            <source>ankle</source>
            <translation>tobillo</translation>
        </message>
        <message>
            <source>hip</source>
            <translation>cadera</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>The exercises of the routine; choose one to read how</source>
            <translation>Los ejercicios de la rutina; elija uno para leer cómo se hace</translation>
        </message>
        <message>
            <source>{number}. {name} (your own), {joint}, {dosage}</source>
            <translation>{number}. {name} (creado por usted), {joint}, {dosage}</translation>
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
            <translation>Esta vez no ha hecho ningún ejercicio</translation>
        </message>
        <message>
            <source>No exercise was done in full, so this does not count as a practised day. That is all right: come back to it when you are ready.</source>
            <translation>No ha hecho ningún ejercicio completo, así que esto no cuenta como día de práctica. No pasa nada: vuelva a ello cuando le venga bien.</translation>
        </message>
        <message numerus="yes">
            <source>You did {done} of %n exercise(s).</source>
            <translation>
                <numerusform>Ha hecho {done} de %n ejercicio.</numerusform>
                <numerusform>Ha hecho {done} de %n ejercicios.</numerusform>
            </translation>
        </message>
        <message>
            <source>Well done — routine complete</source>
            <translation>¡Muy bien! Rutina completada</translation>
        </message>
        <message>
            <source>That counts as a practised day.</source>
            <translation>Esto cuenta como día de práctica.</translation>
        </message>
        <message>
            <source>A day counts as practised when at least half of a routine's exercises are done in full.</source>
            <translation>Un día cuenta como día de práctica cuando se hace completa al menos la mitad de los ejercicios de una rutina.</translation>
        </message>
        <message>
            <source>Part of the routine done</source>
            <translation>Parte de la rutina hecha</translation>
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
            <translation>Resumen de la rutina</translation>
        </message>
        <message>
            <source>Time: {duration}  ·  {done} done, {skipped} skipped</source>
            <translation>Tiempo: {duration}  ·  completados: {done}, omitidos: {skipped}</translation>
        </message>
        <message>
            <source>Done: {exercises}</source>
            <translation>Completados: {exercises}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Skipped: {exercises}</source>
            <translation>Omitidos: {exercises}</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Racha: %n día</numerusform>
                <numerusform>Racha: %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>How is your knee right now?  0 = no pain, 10 = worst pain</source>
            <translation>¿Cómo está su rodilla ahora?  0 = sin dolor, 10 = el peor dolor</translation>
        </message>
        <message>
            <source>Pain {value} of 10</source>
            <translation>Dolor {value} de 10</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>leave the summary</comment>
            <translation>Listo</translation>
        </message>
        <message>
            <source>Done: back to the start page</source>
            <translation>Listo: volver a la página de inicio</translation>
        </message>
        <message>
            <source>Saved: pain {value} of 10. Thank you.</source>
            <translation>Guardado: dolor {value} de 10. Gracias.</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>A day counts as practised when you do at least half of a routine's exercises in full. Skipped exercises, and holds cut short, do not count; a routine you stopped counts the same way as one you finished.</source>
            <translation>Un día cuenta como día de práctica cuando hace completa al menos la mitad de los ejercicios de una rutina. Los ejercicios saltados y los estiramientos interrumpidos no cuentan; una rutina detenida cuenta igual que una terminada.</translation>
        </message>
        <message>
            <source>{field} must be a date such as 2026-05-01</source>
            <translation>{field} debe ser una fecha como 2026-05-01</translation>
        </message>
        <message>
            <source>{field} is missing</source>
            <translation>falta {field}</translation>
        </message>
        <message>
            <source>an entry has the wrong shape ({error})</source>
            <translation>una entrada no tiene la forma correcta ({error})</translation>
        </message>
        <message>
            <source>{field} {value} is neither done nor skipped</source>
            <translation>{field} {value} no es ni done ni skipped</translation>
        </message>
        <message>
            <source>{field} must be a list of sides</source>
            <translation>{field} debe ser una lista de lados</translation>
        </message>
        <message>
            <source>{field} must map each direction to a whole number</source>
            <translation>{field} debe asignar un número entero a cada sentido</translation>
        </message>
        <message>
            <source>{field} must be a date and time with its UTC offset</source>
            <translation>{field} debe ser una fecha y hora con su desfase respecto a UTC</translation>
        </message>
        <message>
            <source>{field} must be a non-empty text</source>
            <translation>{field} debe ser un texto no vacío</translation>
        </message>
        <message>
            <source>{field} must be true or false</source>
            <translation>{field} debe ser true o false</translation>
        </message>
        <message>
            <source>{field} must be a number of seconds, 0 or more</source>
            <translation>{field} debe ser un número de segundos, 0 o más</translation>
        </message>
        <message>
            <source>{field} must be a whole number from 0 to 10</source>
            <translation>{field} debe ser un número entero de 0 a 10</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>none</source>
            <comment>no exercise done</comment>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Done: {done}
Skipped: {skipped}</source>
            <translation>Completados: {done}
Omitidos: {skipped}</translation>
        </message>
        <message>
            <source>Done: {done}</source>
            <translation>Completados: {done}</translation>
        </message>
    </context>
    <context>
        <name>HistoryStore</name>
        <message>
            <source>Your history was not saved. {reason}</source>
            <translation>No se guardó su historial. {reason}</translation>
        </message>
        <message>
            <source>Another KneeCoach is already using this data folder.</source>
            <translation>Otro KneeCoach ya está usando esta carpeta de datos.</translation>
        </message>
        <message>
            <source>History is read-only</source>
            <translation>El historial es de solo lectura</translation>
        </message>
        <message>
            <source>Your history for {month} ({file})</source>
            <translation>Su historial de {month} ({file})</translation>
        </message>
        <message>
            <source>your history for {month} ({file})</source>
            <comment>inside a sentence</comment>
            <translation>su historial de {month} ({file})</translation>
        </message>
        <message>
            <source>{what} was missing</source>
            <translation>{what} no se encontraba</translation>
        </message>
        <message>
            <source>{what}: {problem}.</source>
            <translation>{what}: {problem}.</translation>
        </message>
        <message>
            <source>History could not be read</source>
            <translation>No se pudo leer el historial</translation>
        </message>
        <message>
            <source>{what} could not be read: {problem}. It was kept unchanged as {file} in {folder}, so nothing in it is lost</source>
            <translation>{what} no se pudo leer: {problem}. Se ha guardado sin cambios como {file} en {folder}, así que no se pierde nada de lo que contiene</translation>
        </message>
        <message>
            <source>Some history entries could not be read</source>
            <translation>No se pudieron leer algunas entradas del historial</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in {what} could not be read and (is|are) left out ({problems}). The original file was kept as {file} in {folder}.</source>
            <translation>
                <numerusform>No se pudo leer %n sesión de {what} y ha quedado fuera ({problems}). El archivo original se ha guardado como {file} en {folder}.</numerusform>
                <numerusform>No se pudieron leer %n sesiones de {what} y han quedado fuera ({problems}). El archivo original se ha guardado como {file} en {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{what_happened}. A new history was started.</source>
            <translation>{what_happened}. Se ha empezado un historial nuevo.</translation>
        </message>
        <message>
            <source>History restored from the last good copy</source>
            <translation>Historial restaurado a partir de la última copia correcta</translation>
        </message>
        <message numerus="yes">
            <source>{what_happened}. The last good copy, with %n session(s), was restored; the most recent session may be missing from it.</source>
            <translation>
                <numerusform>{what_happened}. Se ha restaurado la última copia correcta, con %n sesión; puede que le falte la sesión más reciente.</numerusform>
                <numerusform>{what_happened}. Se ha restaurado la última copia correcta, con %n sesiones; puede que le falte la sesión más reciente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your history file</source>
            <translation>Su archivo de historial</translation>
        </message>
        <message>
            <source>your history file</source>
            <comment>inside a sentence</comment>
            <translation>su archivo de historial</translation>
        </message>
        <message>
            <source>History could not be saved</source>
            <translation>No se pudo guardar el historial</translation>
        </message>
    </context>
    <context>
        <name>HistoryTable</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Pain before</source>
            <translation>Dolor antes</translation>
        </message>
        <message>
            <source>Pain after</source>
            <translation>Dolor después</translation>
        </message>
        <message>
            <source>{pain} / 10</source>
            <translation>{pain} / 10</translation>
        </message>
        <message numerus="yes">
            <source>%n done</source>
            <translation>
                <numerusform>%n completado</numerusform>
                <numerusform>%n completados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done}, %n skipped</source>
            <translation>
                <numerusform>{done}, %n omitido</numerusform>
                <numerusform>{done}, %n omitidos</numerusform>
            </translation>
        </message>
        <message>
            <source>{exercises} (stopped early)</source>
            <translation>{exercises} (interrumpida)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
    </context>
    <context>
        <name>LibraryKeeper</name>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name. It is also taken out of {routines}.</source>
            <translation>¿Eliminar «{exercise}» y su imagen? Las sesiones que ya hizo conservan su nombre. También se quitará de: {routines}.</translation>
        </message>
        <message>
            <source>Delete “{exercise}” and its picture? Sessions you already did keep its name.</source>
            <translation>¿Eliminar «{exercise}» y su imagen? Las sesiones que ya hizo conservan su nombre.</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the names of routines</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Delete this exercise?</source>
            <translation>¿Eliminar este ejercicio?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{app} — knee relief, ankles &amp; hips</source>
            <translation>{app} — alivio para la rodilla: tobillos y caderas</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Ejercicios</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Progress and history</source>
            <translation>Progreso e historial</translation>
        </message>
        <message>
            <source>Streaks, calendar, pain trend and every session (Ctrl+H)</source>
            <translation>Rachas, calendario, evolución del dolor y todas las sesiones (Ctrl+H)</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Reminders, timings, sound and theme (Ctrl+,)</source>
            <translation>Recordatorios, tiempos, sonido y tema (Ctrl+,)</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>The routine the Start button runs</source>
            <translation>La rutina que inicia el botón Empezar</translation>
        </message>
        <message>
            <source>Routine:</source>
            <comment>before the box of routines</comment>
            <translation>Rutina:</translation>
        </message>
        <message>
            <source>Routines…</source>
            <translation>Rutinas…</translation>
        </message>
        <message>
            <source>Make routines of your own: choose exercises and their order (Ctrl+R)</source>
            <translation>Cree sus propias rutinas: elija los ejercicios y su orden (Ctrl+R)</translation>
        </message>
        <message>
            <source>Routine length</source>
            <translation>Duración de la rutina</translation>
        </message>
        <message>
            <source>Start routine</source>
            <translation>Empezar rutina</translation>
        </message>
        <message>
            <source>Start the routine (Space)</source>
            <translation>Empezar la rutina (Espacio)</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Is it safe for me?</source>
            <translation>¿Es seguro para mí?</translation>
        </message>
        <message>
            <source>A few questions about your knee before you exercise</source>
            <translation>Unas preguntas sobre su rodilla antes de hacer ejercicio</translation>
        </message>
        <message>
            <source>Add your own…</source>
            <translation>Añadir uno propio…</translation>
        </message>
        <message>
            <source>Add an exercise your physiotherapist gave you, say (Ctrl+N)</source>
            <translation>Añada un ejercicio propio, por ejemplo uno que le haya dado su fisioterapeuta (Ctrl+N)</translation>
        </message>
        <message>
            <source>Hidden exercises</source>
            <translation>Ejercicios ocultos</translation>
        </message>
        <message>
            <source>Show a hidden exercise again</source>
            <translation>Volver a mostrar un ejercicio oculto</translation>
        </message>
        <message>
            <source>Show “{exercise}” again</source>
            <translation>Volver a mostrar «{exercise}»</translation>
        </message>
        <message numerus="yes">
            <source>Hidden (%n)</source>
            <translation>
                <numerusform>Ocultos (%n)</numerusform>
                <numerusform>Ocultos (%n)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)  ·  about {minutes} min</source>
            <translation>
                <numerusform>%n ejercicio  ·  unos {minutes} min</numerusform>
                <numerusform>%n ejercicios  ·  unos {minutes} min</numerusform>
            </translation>
        </message>
        <message>
            <source>No exercises in this routine</source>
            <translation>Esta rutina no tiene ejercicios</translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>unos %n minuto</numerusform>
                <numerusform>unos %n minutos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Begin “{routine}”, %n exercise(s), {length}</source>
            <translation>
                <numerusform>Empezar «{routine}», %n ejercicio, {length}</numerusform>
                <numerusform>Empezar «{routine}», %n ejercicios, {length}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Go on with “{routine}” where you stopped today: exercise {number} of %n. It stays one session.</source>
            <translation>
                <numerusform>Continuar «{routine}» donde lo dejó hoy: ejercicio {number} de %n. Sigue siendo una sola sesión.</numerusform>
                <numerusform>Continuar «{routine}» donde lo dejó hoy: ejercicio {number} de %n. Sigue siendo una sola sesión.</numerusform>
            </translation>
        </message>
        <message>
            <source>Start now</source>
            <translation>Empezar ahora</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>Posponer 15 min</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Today: done ✓ — well done</source>
            <translation>Hoy: completado ✓ — ¡muy bien!</translation>
        </message>
        <message>
            <source>Today: not done yet</source>
            <translation>Hoy: pendiente</translation>
        </message>
        <message numerus="yes">
            <source>Streak: %n day(s)</source>
            <translation>
                <numerusform>Racha: %n día</numerusform>
                <numerusform>Racha: %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Longest streak: %n</source>
            <translation>
                <numerusform>Racha más larga: %n</numerusform>
                <numerusform>Racha más larga: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>practised %n day(s) this week</source>
            <translation>
                <numerusform>ha practicado %n día esta semana</numerusform>
                <numerusform>ha practicado %n días esta semana</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in all</source>
            <translation>
                <numerusform>%n sesión en total</numerusform>
                <numerusform>%n sesiones en total</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation>Ocultar dos semanas</translation>
        </message>
        <message>
            <source>Stop the routine?</source>
            <translation>¿Detener la rutina?</translation>
        </message>
        <message>
            <source>Stop now? What you have done so far is saved.</source>
            <translation>¿Detener ahora? Lo que ha hecho hasta ahora queda guardado.</translation>
        </message>
    </context>
    <context>
        <name>MenuOffer</name>
        <message>
            <source>KneeCoach was not added to the applications menu</source>
            <translation>KneeCoach no se ha añadido al menú de aplicaciones</translation>
        </message>
        <message>
            <source>KneeCoach is in your applications menu</source>
            <translation>KneeCoach ya está en su menú de aplicaciones</translation>
        </message>
        <message>
            <source>Next time, start it from there like any other application, or search for KneeCoach.</source>
            <translation>La próxima vez, ábralo desde ahí como cualquier otra aplicación, o busque KneeCoach.</translation>
        </message>
        <message>
            <source>Add KneeCoach to the applications menu</source>
            <translation>Añadir KneeCoach al menú de aplicaciones</translation>
        </message>
        <message>
            <source>So you can start it from the menu, with no terminal</source>
            <translation>Para abrirlo desde el menú, sin terminal</translation>
        </message>
    </context>
    <context>
        <name>MyExercises</name>
        <message>
            <source>'{field}' must be a list of exercise ids</source>
            <translation>«{field}» debe ser una lista de identificadores de ejercicios</translation>
        </message>
        <message>
            <source>'{field}' must name each deleted exercise</source>
            <translation>«{field}» debe dar el nombre de cada ejercicio eliminado</translation>
        </message>
        <message>
            <source>is already used by another exercise</source>
            <translation>ya lo usa otro ejercicio</translation>
        </message>
        <message>
            <source>must be an image in the {folder} folder, e.g. '{example}'</source>
            <translation>debe ser una imagen de la carpeta {folder}; p. ej., '{example}'</translation>
        </message>
        <message>
            <source>{file} is not a picture KneeCoach can show ({kinds}).</source>
            <translation>{file} no es una imagen que KneeCoach pueda mostrar ({kinds}).</translation>
        </message>
        <message numerus="yes">
            <source>{file} is too large for a picture (%n byte(s)).</source>
            <translation>
                <numerusform>{file} es demasiado grande para una imagen (%n byte).</numerusform>
                <numerusform>{file} es demasiado grande para una imagen (%n bytes).</numerusform>
            </translation>
        </message>
        <message>
            <source>{file} could not be read ({reason}).</source>
            <translation>No se pudo leer {file} ({reason}).</translation>
        </message>
        <message>
            <source>Your own exercises are read-only</source>
            <translation>Sus ejercicios propios son de solo lectura</translation>
        </message>
        <message>
            <source>Your own exercises could not be read</source>
            <translation>No se pudieron leer sus ejercicios propios</translation>
        </message>
        <message>
            <source>The file holding your own exercises could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation>No se pudo leer el archivo con sus ejercicios propios: {problem}. Se ha guardado sin cambios como {file} en {folder}, y no se ha eliminado nada.</translation>
        </message>
        <message>
            <source>Some of your own exercises could not be used</source>
            <translation>Algunos de sus ejercicios propios no se pudieron usar</translation>
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
            <translation>«{field}» debe ser el identificador de una rutina</translation>
        </message>
        <message>
            <source>routine #{number}: {problem}</source>
            <translation>rutina n.º {number}: {problem}</translation>
        </message>
        <message>
            <source>Your routines are read-only</source>
            <translation>Sus rutinas son de solo lectura</translation>
        </message>
        <message>
            <source>Your routines could not be read</source>
            <translation>No se pudieron leer sus rutinas</translation>
        </message>
        <message>
            <source>The file holding your routines could not be read: {problem}. It was kept unchanged as {file} in {folder}, and nothing was deleted.</source>
            <translation>No se pudo leer el archivo con sus rutinas: {problem}. Se ha guardado sin cambios como {file} en {folder}, y no se ha eliminado nada.</translation>
        </message>
        <message>
            <source>Some of your routines could not be used</source>
            <translation>Algunas de sus rutinas no se pudieron usar</translation>
        </message>
        <message>
            <source>is not a table</source>
            <translation>no es una tabla</translation>
        </message>
        <message>
            <source>'{field}' must be a non-empty text</source>
            <translation>'{field}' debe ser un texto no vacío</translation>
        </message>
        <message>
            <source>the id '{id}' is used twice</source>
            <translation>el id '{id}' está repetido</translation>
        </message>
        <message>
            <source>'{id}': '{field}' must be a non-empty text</source>
            <translation>'{id}': '{field}' debe ser un texto no vacío</translation>
        </message>
        <message>
            <source>'{id}': '{field}' must list at least one exercise</source>
            <translation>'{id}': '{field}' debe incluir al menos un ejercicio</translation>
        </message>
        <message>
            <source>'{id}': each exercise needs an '{field}'</source>
            <translation>'{id}': cada ejercicio necesita un '{field}'</translation>
        </message>
        <message>
            <source>'{id}': '{field}' is not a field of an exercise</source>
            <translation>'{id}': '{field}' no es un campo de un ejercicio</translation>
        </message>
        <message>
            <source>'{id}': {field} of '{exercise}' must be a whole number from {low} to {high}</source>
            <translation>'{id}': {field} de '{exercise}' debe ser un número entero de {low} a {high}</translation>
        </message>
    </context>
    <context>
        <name>NoticeBanner</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>{action}: {notice}</source>
            <translation>{action}: {notice}</translation>
        </message>
        <message>
            <source>Dismiss: {notice}</source>
            <translation>Cerrar: {notice}</translation>
        </message>
    </context>
    <context>
        <name>Pain</name>
        <message>
            <source>When knee pain is severe or does not improve, the advice is to see an orthopedist or physical therapist. They can look at your knee and tailor the exercises to you. This is not a diagnosis; it is only what your check-ins show.</source>
            <translation>Cuando el dolor de rodilla es intenso o no mejora, se recomienda consultar a un traumatólogo o a un fisioterapeuta. Pueden examinar su rodilla y adaptar los ejercicios a su caso. Esto no es un diagnóstico; solo refleja lo que muestran sus registros de dolor.</translation>
        </message>
        <message>
            <source>Your knee pain was very high</source>
            <translation>Su dolor de rodilla fue muy intenso</translation>
        </message>
        <message>
            <source>One of your check-ins in the last two weeks was {value} out of 10. {advice}</source>
            <translation>Uno de sus registros de dolor de las últimas dos semanas fue de {value} sobre 10. {advice}</translation>
        </message>
        <message>
            <source>Your knee pain has been high</source>
            <translation>Su dolor de rodilla ha sido alto</translation>
        </message>
        <message numerus="yes">
            <source>On %n different day(s) in the last two weeks your knee pain was {high} or more out of 10, more than it should be after gentle stretching. {advice}</source>
            <translation>
                <numerusform>En %n día de las últimas dos semanas, su dolor de rodilla fue de {high} o más sobre 10, más de lo que debería tras unos estiramientos suaves. {advice}</numerusform>
                <numerusform>En %n días distintos de las últimas dos semanas, su dolor de rodilla fue de {high} o más sobre 10, más de lo que debería tras unos estiramientos suaves. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>Your knee pain rises during the routine</source>
            <translation>Su dolor de rodilla aumenta durante la rutina</translation>
        </message>
        <message numerus="yes">
            <source>On %n day(s) in the last two weeks your knee pain was {rise} or more points higher after the routine than before it. Stop any exercise that makes the pain sharp or worse. {advice}</source>
            <translation>
                <numerusform>En %n día de las últimas dos semanas, su dolor de rodilla fue {rise} o más puntos mayor después de la rutina que antes. Deje cualquier ejercicio que haga el dolor punzante o más fuerte. {advice}</numerusform>
                <numerusform>En %n días de las últimas dos semanas, su dolor de rodilla fue {rise} o más puntos mayor después de la rutina que antes. Deje cualquier ejercicio que haga el dolor punzante o más fuerte. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your check-ins over the last %n week(s) show your knee pain going up, not easing. {advice}</source>
            <translation>
                <numerusform>Sus registros de dolor de la última semana muestran que su dolor de rodilla aumenta en lugar de aliviarse. {advice}</numerusform>
                <numerusform>Sus registros de dolor de las últimas %n semanas muestran que su dolor de rodilla aumenta en lugar de aliviarse. {advice}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Your check-ins over the last %n week(s) do not show your knee pain easing. {advice}</source>
            <translation>
                <numerusform>Sus registros de dolor de la última semana no muestran que su dolor de rodilla se alivie. {advice}</numerusform>
                <numerusform>Sus registros de dolor de las últimas %n semanas no muestran que su dolor de rodilla se alivie. {advice}</numerusform>
            </translation>
        </message>
        <message>
            <source>Your knee pain has not eased yet</source>
            <translation>Su dolor de rodilla aún no ha mejorado</translation>
        </message>
    </context>
    <context>
        <name>PainBefore</name>
        <message>
            <source>Pain before the routine</source>
            <translation>Dolor antes de la rutina</translation>
        </message>
        <message>
            <source>Before you start: how is your knee right now?  0 = no pain, 10 = worst pain</source>
            <translation>Antes de empezar: ¿cómo está su rodilla ahora?  0 = sin dolor, 10 = el peor dolor</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Saltar esta pregunta</translation>
        </message>
        <message>
            <source>Start without answering</source>
            <translation>Empezar sin responder</translation>
        </message>
        <message>
            <source>Your answer, and the one after the routine, show whether the exercises ease your knee. You can turn this question off in Settings.</source>
            <translation>Su respuesta y la de después de la rutina muestran si los ejercicios alivian su rodilla. Puede desactivar esta pregunta en Ajustes.</translation>
        </message>
    </context>
    <context>
        <name>PainChart</name>
        <message>
            <source>Pain (0–10)</source>
            <translation>Dolor (0–10)</translation>
        </message>
        <message>
            <source>No pain check-ins yet. After each routine you can rate your knee from 0 to 10.</source>
            <translation>Todavía no hay registros de dolor. Después de cada rutina puede valorar su rodilla de 0 a 10.</translation>
        </message>
        <message>
            <source>after session</source>
            <translation>después de la sesión</translation>
        </message>
        <message>
            <source>before session</source>
            <translation>antes de la sesión</translation>
        </message>
        <message>
            <source>weekly average</source>
            <translation>media semanal</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Evolución del dolor</translation>
        </message>
        <message>
            <source>No pain check-ins yet</source>
            <translation>Todavía no hay registros de dolor</translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) on {date}</source>
            <translation>
                <numerusform>%n registro el {date}</numerusform>
                <numerusform>%n registros el {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n check-in(s) from {first} to {last}</source>
            <translation>
                <numerusform>%n registro del {first} al {last}</numerusform>
                <numerusform>%n registros del {first} al {last}</numerusform>
            </translation>
        </message>
        <message>
            <source>{check_ins}; latest weekly average {average}</source>
            <translation>{check_ins}; última media semanal: {average}</translation>
        </message>
    </context>
    <context>
        <name>PainDialog</name>
        <message>
            <source>Change pain check-in</source>
            <translation>Modificar el registro de dolor</translation>
        </message>
        <message>
            <source>Pain before the routine</source>
            <translation>Dolor antes de la rutina</translation>
        </message>
        <message>
            <source>Pain after the routine</source>
            <translation>Dolor después de la rutina</translation>
        </message>
        <message>
            <source>Session of {date}, 0 = no pain, 10 = worst</source>
            <translation>Sesión del {date}; 0 = sin dolor, 10 = el peor</translation>
        </message>
        <message>
            <source>Before the routine:</source>
            <translation>Antes de la rutina:</translation>
        </message>
        <message>
            <source>After the routine:</source>
            <translation>Después de la rutina:</translation>
        </message>
        <message>
            <source>not given</source>
            <comment>no pain value</comment>
            <translation>sin indicar</translation>
        </message>
    </context>
    <context>
        <name>PainScale</name>
        <message>
            <source>Not chosen yet: press a number, or click one.</source>
            <translation>Aún no ha elegido: pulse un número o haga clic en uno.</translation>
        </message>
    </context>
    <context>
        <name>Paper</name>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} a {last}</translation>
        </message>
        <message>
            <source>In this period the check-ins never called for KneeCoach's advice to see an orthopedist or physical therapist.</source>
            <translation>En este periodo, los registros de dolor nunca dieron lugar al consejo de KneeCoach de consultar a un traumatólogo o fisioterapeuta.</translation>
        </message>
        <message>
            <source>On these days the pain check-ins called for KneeCoach's advice to see an orthopedist or physical therapist:</source>
            <translation>En estos días, los registros de dolor dieron lugar al consejo de KneeCoach de consultar a un traumatólogo o fisioterapeuta:</translation>
        </message>
        <message>
            <source>it is only read, to make a document</source>
            <translation>solo se lee, para crear un documento</translation>
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
                <numerusform>Objetivo semanal: %n día a la semana.</numerusform>
                <numerusform>Objetivo semanal: %n días a la semana.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Practised on %n day(s) in the period.</source>
            <translation>
                <numerusform>Practicó %n día en el periodo.</numerusform>
                <numerusform>Practicó %n días en el periodo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) recorded</source>
            <translation>
                <numerusform>%n sesión registrada</numerusform>
                <numerusform>%n sesiones registradas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n of them stopped before the end.</source>
            <translation>
                <numerusform>, %n de ellas detenida antes del final.</numerusform>
                <numerusform>, %n de ellas detenidas antes del final.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The goal was reached in {met} of %n completed week(s).</source>
            <translation>
                <numerusform>El objetivo se alcanzó en {met} de %n semana completa.</numerusform>
                <numerusform>El objetivo se alcanzó en {met} de %n semanas completas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Knee exercise progress report</source>
            <translation>Informe de progreso de los ejercicios de rodilla</translation>
        </message>
        <message numerus="yes">
            <source>{first} – {last} (%n week(s))</source>
            <translation>
                <numerusform>{first} – {last} (%n semana)</numerusform>
                <numerusform>{first} – {last} (%n semanas)</numerusform>
            </translation>
        </message>
        <message>
            <source>Made by KneeCoach on {date}</source>
            <translation>Creado por KneeCoach el {date}</translation>
        </message>
        <message>
            <source>The document was not saved</source>
            <translation>El documento no se guardó</translation>
        </message>
        <message>
            <source>Document saved</source>
            <translation>Documento guardado</translation>
        </message>
        <message>
            <source>Saved as {path}.</source>
            <translation>Guardado como {path}.</translation>
        </message>
        <message>
            <source>Start, right side</source>
            <translation>Inicio, lado derecho</translation>
        </message>
        <message>
            <source>Start</source>
            <comment>picture</comment>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Hold, right side</source>
            <translation>Mantener, lado derecho</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>picture</comment>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Start, left side</source>
            <translation>Inicio, lado izquierdo</translation>
        </message>
        <message>
            <source>Hold, left side</source>
            <translation>Mantener, lado izquierdo</translation>
        </message>
        <message>
            <source>You have set this dosage; the article's is: {dosage}.</source>
            <translation>Esta dosis la ha fijado usted; la del artículo es: {dosage}.</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n ejercicio</numerusform>
                <numerusform>%n ejercicios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>unos %n minuto</numerusform>
                <numerusform>unos %n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>My knee exercise programme</source>
            <translation>Mi programa de ejercicios para la rodilla</translation>
        </message>
        <message>
            <source>Printed from KneeCoach on {date}</source>
            <translation>Impreso desde KneeCoach el {date}</translation>
        </message>
        <message>
            <source>To stay safe</source>
            <translation>Para hacerlo con seguridad</translation>
        </message>
        <message>
            <source>Tick a day when you have done the exercise.</source>
            <translation>Marque el día cuando haya hecho el ejercicio.</translation>
        </message>
        <message>
            <source>{file} was saved, but part of your history could not be read: {what}</source>
            <translation>Se guardó {file}, pero parte de su historial no se pudo leer: {what}</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Guardar como PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimir…</translation>
        </message>
        <message>
            <source>Print or save programme…</source>
            <translation>Imprimir o guardar el programa…</translation>
        </message>
        <message>
            <source>The routine on paper: pictures, dosage and steps of each exercise, with the safety advice and a tick box for each day</source>
            <translation>La rutina en papel: imágenes, dosis y pasos de cada ejercicio, con los consejos de seguridad y una casilla para cada día</translation>
        </message>
        <message>
            <source>Report for my physiotherapist…</source>
            <translation>Informe para mi fisioterapeuta…</translation>
        </message>
        <message>
            <source>A one-page report of the last eight weeks: days practised against your goal, exercises done and skipped, pain before and after, and any advice given</source>
            <translation>Un informe de una página de las últimas ocho semanas: días de práctica frente a su objetivo, ejercicios hechos y omitidos, dolor antes y después, y los consejos dados</translation>
        </message>
        <message>
            <source>before the routine</source>
            <translation>antes de la rutina</translation>
        </message>
        <message>
            <source>after the routine</source>
            <translation>después de la rutina</translation>
        </message>
        <message>
            <source>{title} · {period} · page {page}</source>
            <translation>{title} · {period} · página {page}</translation>
        </message>
        <message>
            <source>Left out: {what}</source>
            <translation>No incluido: {what}</translation>
        </message>
        <message>
            <source>Days practised each week</source>
            <translation>Días de práctica por semana</translation>
        </message>
        <message numerus="yes">
            <source>Dashed line: the weekly goal of %n day(s).</source>
            <translation>
                <numerusform>Línea discontinua: el objetivo semanal de %n día.</numerusform>
                <numerusform>Línea discontinua: el objetivo semanal de %n días.</numerusform>
            </translation>
        </message>
        <message>
            <source>The last, lighter bar is the week under way.</source>
            <translation>La última barra, más clara, es la semana en curso.</translation>
        </message>
        <message>
            <source>Exercises done and skipped</source>
            <translation>Ejercicios hechos y omitidos</translation>
        </message>
        <message>
            <source>No exercise was done in this period.</source>
            <translation>En este periodo no se hizo ningún ejercicio.</translation>
        </message>
        <message>
            <source>Exercise</source>
            <translation>Ejercicio</translation>
        </message>
        <message>
            <source>Dosage as set now</source>
            <translation>Dosis configurada ahora</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Omitido</translation>
        </message>
        <message>
            <source>{name} (own)</source>
            <translation>{name} (propio)</translation>
        </message>
        <message>
            <source>Pain check-ins (0 = no pain, 10 = worst imaginable)</source>
            <translation>Registros de dolor (0 = sin dolor, 10 = el peor imaginable)</translation>
        </message>
        <message>
            <source>No pain check-in was given in this period.</source>
            <translation>En este periodo no se registró ningún dolor.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <source>Advice to see a professional</source>
            <translation>Consejo de consultar a un profesional</translation>
        </message>
        <message>
            <source>Own exercises</source>
            <translation>Ejercicios propios</translation>
        </message>
        <message>
            <source>knee-programme</source>
            <comment>a file name</comment>
            <translation>programa-rodilla</translation>
        </message>
        <message>
            <source>knee-progress-report</source>
            <comment>a file name</comment>
            <translation>informe-progreso-rodilla</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>{routine} · page {page}</source>
            <translation>{routine} · página {page}</translation>
        </message>
    </context>
    <context>
        <name>PauseCurtain</name>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>▶  Continue</source>
            <translation>▶  Continuar</translation>
        </message>
        <message>
            <source>Continue the routine</source>
            <translation>Continuar la rutina</translation>
        </message>
        <message>
            <source>Paused — press Space to continue</source>
            <translation>En pausa: pulse Espacio para continuar</translation>
        </message>
        <message>
            <source>Going on</source>
            <translation>Seguimos</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <source>Spreadsheet file for a physiotherapist (*.csv)</source>
            <translation>Hoja de cálculo para un fisioterapeuta (*.csv)</translation>
        </message>
        <message>
            <source>KneeCoach history file, to import later (*.toml)</source>
            <translation>Archivo de historial de KneeCoach, para importarlo más adelante (*.toml)</translation>
        </message>
        <message>
            <source>The session of {date} at {time} was deleted.</source>
            <translation>Se ha eliminado la sesión del {date} a las {time}.</translation>
        </message>
        <message>
            <source>Session deleted</source>
            <translation>Sesión eliminada</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <source>Export your history</source>
            <translation>Exportar su historial</translation>
        </message>
        <message>
            <source>The history was not exported</source>
            <translation>No se exportó el historial</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) saved to {path}.</source>
            <translation>
                <numerusform>%n sesión guardada en {path}.</numerusform>
                <numerusform>%n sesiones guardadas en {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>History exported</source>
            <translation>Historial exportado</translation>
        </message>
        <message>
            <source>Import a KneeCoach history</source>
            <translation>Importar un historial de KneeCoach</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message numerus="yes">
            <source>{sessions} added from {file}; %n already in your history.</source>
            <translation>
                <numerusform>{sessions} desde {file}; %n ya estaba en su historial.</numerusform>
                <numerusform>{sessions} desde {file}; %n ya estaban en su historial.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s)</source>
            <translation>
                <numerusform>%n sesión nueva añadida</numerusform>
                <numerusform>%n sesiones nuevas añadidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new session(s) added from {file}.</source>
            <translation>
                <numerusform>%n sesión nueva añadida desde {file}.</numerusform>
                <numerusform>%n sesiones nuevas añadidas desde {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{imported} %n (entry|entries) could not be read: {problems}</source>
            <translation>
                <numerusform>{imported} No se pudo leer %n entrada: {problems}</numerusform>
                <numerusform>{imported} No se pudieron leer %n entradas: {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>History imported</source>
            <translation>Historial importado</translation>
        </message>
    </context>
    <context>
        <name>ProgressView</name>
        <message>
            <source>Your goal is every day, so each day without practice ends the streak. A lower weekly goal in Settings gives you rest days.</source>
            <translation>Su objetivo es practicar todos los días, así que cada día sin práctica interrumpe la racha. Un objetivo semanal más bajo en Ajustes le da días de descanso.</translation>
        </message>
        <message numerus="yes">
            <source>Rest days are part of the plan. Your goal is %n day(s) a week, so up to {rest_days} without practice in a week (Monday to Sunday) keep your streak going. The streak counts the days you practised.</source>
            <translation>
                <numerusform>Los días de descanso forman parte del plan. Su objetivo es %n día a la semana, así que puede pasar hasta {rest_days} sin practicar en una semana (de lunes a domingo) sin perder la racha. La racha cuenta los días en que ha practicado.</numerusform>
                <numerusform>Los días de descanso forman parte del plan. Su objetivo es %n días a la semana, así que puede pasar hasta {rest_days} sin practicar en una semana (de lunes a domingo) sin perder la racha. La racha cuenta los días en que ha practicado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>rest days allowed a week</comment>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message>
            <source>{explanation} Rest days left this week: {count}.</source>
            <translation>{explanation} Días de descanso que le quedan esta semana: {count}.</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Su progreso</translation>
        </message>
        <message>
            <source>Back</source>
            <comment>go back to the exercises</comment>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Back to the exercises (Esc)</source>
            <translation>Volver a los ejercicios (Esc)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportar…</translation>
        </message>
        <message>
            <source>Save your history as a spreadsheet file for a physiotherapist, or as a KneeCoach file to import on another computer</source>
            <translation>Guardar su historial como hoja de cálculo para un fisioterapeuta, o como archivo de KneeCoach para importarlo en otro equipo</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <source>Add the sessions of a KneeCoach history file (those already here are skipped)</source>
            <translation>Añadir las sesiones de un archivo de historial de KneeCoach (las que ya están aquí se omiten)</translation>
        </message>
        <message>
            <source>Current streak</source>
            <translation>Racha actual</translation>
        </message>
        <message>
            <source>Longest streak</source>
            <translation>Racha más larga</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <source>Days practised this week against the weekly goal</source>
            <translation>Días practicados esta semana frente al objetivo semanal</translation>
        </message>
        <message>
            <source>Sessions in all</source>
            <translation>Sesiones en total</translation>
        </message>
        <message>
            <source>How rest days work</source>
            <translation>Cómo funcionan los días de descanso</translation>
        </message>
        <message>
            <source>What counts as a practised day</source>
            <translation>Qué cuenta como día practicado</translation>
        </message>
        <message>
            <source>Each square is a day: coloured when you practised, strongest with two sessions or more. Click a day to see its sessions.</source>
            <translation>Cada cuadrado es un día: aparece coloreado si practicó, y más intenso con dos sesiones o más. Haga clic en un día para ver sus sesiones.</translation>
        </message>
        <message>
            <source>Sessions on the chosen day</source>
            <translation>Sesiones del día elegido</translation>
        </message>
        <message>
            <source>Your pain check-ins (0 = no pain, 10 = worst): after each routine, before it where you gave one, and the weekly average.</source>
            <translation>Sus registros de dolor (0 = sin dolor, 10 = el peor): después de cada rutina, antes de ella cuando lo indicó, y la media semanal.</translation>
        </message>
        <message>
            <source>Change pain…</source>
            <translation>Modificar dolor…</translation>
        </message>
        <message>
            <source>Change the pain values of the chosen session</source>
            <translation>Modificar los valores de dolor de la sesión elegida</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete the chosen session (Del)</source>
            <translation>Eliminar la sesión elegida (Supr)</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <source>Pain trend</source>
            <translation>Evolución del dolor</translation>
        </message>
        <message>
            <source>All sessions</source>
            <translation>Todas las sesiones</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <comment>length of a streak</comment>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s)</source>
            <translation>
                <numerusform>{practised} de %n día</numerusform>
                <numerusform>{practised} de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{practised} of %n day(s) practised, the goal</source>
            <translation>
                <numerusform>{practised} de %n día practicado, el objetivo</numerusform>
                <numerusform>{practised} de %n días practicados, el objetivo</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide for two weeks</source>
            <translation>Ocultar dos semanas</translation>
        </message>
        <message numerus="yes">
            <source>{date}: %n session(s) at {sessions}.</source>
            <translation>
                <numerusform>{date}: %n sesión, a las {sessions}.</numerusform>
                <numerusform>{date}: %n sesiones, a las {sessions}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{date}: no practice.</source>
            <translation>{date}: sin práctica.</translation>
        </message>
        <message numerus="yes">
            <source>{time} (%n done)</source>
            <translation>
                <numerusform>{time} (%n completado)</numerusform>
                <numerusform>{time} (%n completados)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{time} (%n done, pain {pain} / 10)</source>
            <translation>
                <numerusform>{time} (%n completado, dolor {pain} / 10)</numerusform>
                <numerusform>{time} (%n completados, dolor {pain} / 10)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Progression</name>
        <message>
            <source>Ready for longer holds?</source>
            <translation>¿Mantener los estiramientos más tiempo?</translation>
        </message>
        <message numerus="yes">
            <source>You practised on %n of the last 7 days.</source>
            <translation>
                <numerusform>Ha practicado %n de los últimos 7 días.</numerusform>
                <numerusform>Ha practicado %n de los últimos 7 días.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Hold each stretch for %n second(s) instead of {now}? You can change this any time in Settings.</source>
            <translation>
                <numerusform>¿Mantener cada estiramiento %n segundo en lugar de {now}? Puede cambiarlo cuando quiera en Ajustes.</numerusform>
                <numerusform>¿Mantener cada estiramiento %n segundos en lugar de {now}? Puede cambiarlo cuando quiera en Ajustes.</numerusform>
            </translation>
        </message>
        <message>
            <source>One of your check-ins in the last week was above {acceptable} out of 10.</source>
            <translation>Uno de sus registros de dolor de la última semana superó {acceptable} sobre 10.</translation>
        </message>
        <message>
            <source>Your knee pain rose during the routine in the last week.</source>
            <translation>Su dolor de rodilla aumentó durante la rutina en la última semana.</translation>
        </message>
        <message>
            <source>Your pain check-ins have gone up over the last week.</source>
            <translation>Sus registros de dolor han aumentado durante la última semana.</translation>
        </message>
        <message numerus="yes">
            <source>Hold each stretch for %n second(s) instead of {now}.</source>
            <translation>
                <numerusform>Mantenga cada estiramiento %n segundo en lugar de {now}.</numerusform>
                <numerusform>Mantenga cada estiramiento %n segundos en lugar de {now}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Circle your ankles %n time(s) each way instead of {now}.</source>
            <translation>
                <numerusform>Gire los tobillos %n vez en cada sentido en lugar de {now}.</numerusform>
                <numerusform>Gire los tobillos %n veces en cada sentido en lugar de {now}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stretch only as far as is comfortable, and stop if the pain is sharp or getting worse. You can change this any time in Settings.</source>
            <translation>Estire solo hasta donde le resulte cómodo y pare si el dolor es punzante o va a más. Puede cambiarlo cuando quiera en Ajustes.</translation>
        </message>
        <message>
            <source>Ease off a little?</source>
            <translation>¿Bajar un poco la intensidad?</translation>
        </message>
    </context>
    <context>
        <name>RedFlagCheck</name>
        <message>
            <source>Is it safe to start?</source>
            <translation>¿Puedo empezar con seguridad?</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Nothing that needs a doctor first</source>
            <translation>Nada que requiera ver antes a un médico</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>I will ask first</source>
            <translation>Primero consultaré</translation>
        </message>
        <message>
            <source>Go on anyway</source>
            <translation>Continuar de todos modos</translation>
        </message>
    </context>
    <context>
        <name>RedFlags</name>
        <message>
            <source>Is your knee swollen, hot or red?</source>
            <translation>¿Tiene la rodilla hinchada, caliente o enrojecida?</translation>
        </message>
        <message>
            <source>Does your knee lock (get stuck) or give way?</source>
            <translation>¿Se le bloquea la rodilla (se queda trabada) o le falla?</translation>
        </message>
        <message>
            <source>Have you recently injured your knee or had a fall?</source>
            <translation>¿Se ha lesionado la rodilla o se ha caído hace poco?</translation>
        </message>
        <message>
            <source>Are you unable to put your weight on the leg?</source>
            <translation>¿No puede apoyar su peso sobre la pierna?</translation>
        </message>
        <message>
            <source>Do you have pain or swelling in your calf?</source>
            <translation>¿Tiene dolor o hinchazón en la pantorrilla?</translation>
        </message>
        <message>
            <source>Before you start, a few quick questions about your knee. Answer yes if it is true for you now.</source>
            <translation>Antes de empezar, unas preguntas rápidas sobre su rodilla. Responda que sí si ahora es su caso.</translation>
        </message>
        <message>
            <source>Please see a doctor or physiotherapist before you start these exercises, and tell them what you answered yes to. They can look at your knee; KneeCoach cannot, and this is not a diagnosis.</source>
            <translation>Consulte a un médico o fisioterapeuta antes de empezar estos ejercicios y cuéntele a qué ha respondido que sí. Ellos pueden examinar su rodilla; KneeCoach no puede, y esto no es un diagnóstico.</translation>
        </message>
        <message>
            <source>Pain or swelling in the calf, or a leg you cannot put your weight on, should be seen by a doctor soon: today if you can.</source>
            <translation>El dolor o la hinchazón en la pantorrilla, o una pierna en la que no puede apoyar su peso, debe verlo pronto un médico: hoy mismo si puede.</translation>
        </message>
        <message>
            <source>If you choose to go on, go gently: only as far as is comfortable, and stop if the pain is sharp or getting worse.</source>
            <translation>Si decide continuar, hágalo con suavidad: solo hasta donde le resulte cómodo, y pare si el dolor es punzante o va a más.</translation>
        </message>
        <message>
            <source>Please see a doctor or physiotherapist first</source>
            <translation>Consulte primero a un médico o fisioterapeuta</translation>
        </message>
        <message>
            <source>Thank you. Go gently: only as far as is comfortable, and stop if the pain is sharp or getting worse. You can take this check again from the home page at any time.</source>
            <translation>Gracias. Hágalo con suavidad: solo hasta donde le resulte cómodo, y pare si el dolor es punzante o va a más. Puede repetir estas preguntas desde la página de inicio cuando quiera.</translation>
        </message>
    </context>
    <context>
        <name>ReminderTimes</name>
        <message>
            <source>Add a time</source>
            <translation>Añadir una hora</translation>
        </message>
        <message>
            <source>Reminder time {number}</source>
            <translation>Hora del recordatorio {number}</translation>
        </message>
        <message>
            <source>Remove</source>
            <comment>remove a reminder time</comment>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove reminder time {number}</source>
            <translation>Quitar la hora del recordatorio {number}</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>today {time}</source>
            <translation>hoy a las {time}</translation>
        </message>
        <message>
            <source>tomorrow {time}</source>
            <translation>mañana a las {time}</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <comment>a day of the week and a time of day</comment>
            <translation>el {day} a las {time}</translation>
        </message>
        <message>
            <source>Time for your knee routine</source>
            <translation>Es hora de su rutina para la rodilla</translation>
        </message>
        <message numerus="yes">
            <source>About %n minute(s) of gentle mobility for your knees.</source>
            <translation>
                <numerusform>Alrededor de %n minuto de movilidad suave para sus rodillas.</numerusform>
                <numerusform>Alrededor de %n minutos de movilidad suave para sus rodillas.</numerusform>
            </translation>
        </message>
        <message>
            <source>You missed your {time} reminder; there is still time today. {reminder}</source>
            <translation>Se le pasó el recordatorio de las {time}; todavía está a tiempo hoy. {reminder}</translation>
        </message>
    </context>
    <context>
        <name>Routine</name>
        <message>
            <source>Ankles only</source>
            <translation>Solo tobillos</translation>
        </message>
        <message>
            <source>Hips only</source>
            <translation>Solo caderas</translation>
        </message>
        <message>
            <source>Knee relief — ankles &amp; hips</source>
            <translation>Alivio para la rodilla: tobillos y caderas</translation>
        </message>
        <message>
            <source>Hold {seconds} s each side</source>
            <translation>Mantener {seconds} s en cada lado</translation>
        </message>
        <message>
            <source>Hold {seconds} s</source>
            <translation>Mantener {seconds} s</translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s) each direction</source>
            <translation>
                <numerusform>%n repetición en cada sentido</numerusform>
                <numerusform>%n repeticiones en cada sentido</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n repetición</numerusform>
                <numerusform>%n repeticiones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>Usual</source>
            <translation>Habitual</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Rutinas</translation>
        </message>
        <message>
            <source>New routine</source>
            <translation>Nueva rutina</translation>
        </message>
        <message>
            <source>Start a routine of your own</source>
            <translation>Crear una rutina propia</translation>
        </message>
        <message>
            <source>Copy</source>
            <comment>make a copy of the routine</comment>
            <translation>Copiar</translation>
        </message>
        <message>
            <source>Make a routine of your own from this one</source>
            <translation>Crear una rutina propia a partir de esta</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Delete this routine of yours</source>
            <translation>Eliminar esta rutina creada por usted</translation>
        </message>
        <message>
            <source>Routine name</source>
            <translation>Nombre de la rutina</translation>
        </message>
        <message>
            <source>Exercises in this routine, in order</source>
            <translation>Ejercicios de esta rutina, en orden</translation>
        </message>
        <message>
            <source>Up</source>
            <comment>move the exercise earlier</comment>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Earlier in the routine (Alt+Up)</source>
            <translation>Antes en la rutina (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Down</source>
            <comment>move the exercise later</comment>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Later in the routine (Alt+Down)</source>
            <translation>Después en la rutina (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Take it out of this routine (Del)</source>
            <translation>Quitarlo de esta rutina (Supr)</translation>
        </message>
        <message>
            <source>Dose in this routine</source>
            <translation>Dosis en esta rutina</translation>
        </message>
        <message>
            <source>Exercise to add</source>
            <translation>Ejercicio que añadir</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add the exercise chosen beside to this routine</source>
            <translation>Añadir a esta rutina el ejercicio elegido al lado</translation>
        </message>
        <message>
            <source>Total time</source>
            <translation>Tiempo total</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Hold</source>
            <comment>hold time of an exercise</comment>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Add an exercise</source>
            <translation>Añadir un ejercicio</translation>
        </message>
        <message>
            <source>Save &amp;&amp; use this routine</source>
            <translation>Guardar &amp;&amp; usar esta rutina</translation>
        </message>
        <message>
            <source>Keep your changes; Start then runs the routine chosen on the left</source>
            <translation>Guardar sus cambios; después, Empezar inicia la rutina elegida a la izquierda</translation>
        </message>
        <message>
            <source>{routine} (built in)</source>
            <translation>{routine} (predefinida)</translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s) · about {minutes} min</source>
            <translation>
                <numerusform>%n ejercicio · unos {minutes} min</numerusform>
                <numerusform>%n ejercicios · unos {minutes} min</numerusform>
            </translation>
        </message>
        <message>
            <source>Your routine: add exercises, put them in order and change a hold or count.</source>
            <translation>Su rutina: añada ejercicios, póngalos en orden y cambie un tiempo o un número de repeticiones.</translation>
        </message>
        <message>
            <source>A built-in routine cannot be changed. Copy it to make one of your own.</source>
            <translation>Una rutina predefinida no se puede modificar. Cópiela para crear una propia.</translation>
        </message>
        <message>
            <source>My routine</source>
            <translation>Mi rutina</translation>
        </message>
        <message>
            <source>{routine} (copy)</source>
            <translation>{routine} (copia)</translation>
        </message>
        <message>
            <source>(an exercise that is no longer there)</source>
            <translation>(un ejercicio que ya no existe)</translation>
        </message>
        <message>
            <source>{exercise} — {dose}</source>
            <translation>{exercise} — {dose}</translation>
        </message>
        <message>
            <source>{exercise} — {dose} (this routine)</source>
            <translation>{exercise} — {dose} (en esta rutina)</translation>
        </message>
        <message>
            <source>Total: {summary}</source>
            <translation>Total: {summary}</translation>
        </message>
        <message>
            <source>A routine</source>
            <translation>Una rutina</translation>
        </message>
        <message>
            <source>“{routine}” needs a name and at least one exercise.</source>
            <translation>«{routine}» necesita un nombre y al menos un ejercicio.</translation>
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number of seconds</comment>
            <translation> s en cada lado</translation>
        </message>
        <message>
            <source> reps</source>
            <comment>after a number of repetitions</comment>
            <translation> repeticiones</translation>
        </message>
        <message>
            <source>this exercise</source>
            <translation>este ejercicio</translation>
        </message>
        <message>
            <source>Hold for {exercise}</source>
            <translation>{exercise}: mantener</translation>
        </message>
        <message>
            <source>Reps for {exercise}</source>
            <translation>{exercise}: repeticiones</translation>
        </message>
    </context>
    <context>
        <name>RunKeyAutostart</name>
        <message>
            <source>Start at login could not be set: {error}</source>
            <translation>No se pudo activar el inicio automático: {error}</translation>
        </message>
        <message>
            <source>Start at login could not be removed: {error}</source>
            <translation>No se pudo desactivar el inicio automático: {error}</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Take your time getting down onto the floor.</source>
            <translation>Tómese su tiempo para bajar al suelo.</translation>
        </message>
        <message>
            <source>Take your time getting up from the floor.</source>
            <translation>Tómese su tiempo para levantarse del suelo.</translation>
        </message>
    </context>
    <context>
        <name>ScreenAwake</name>
        <message>
            <source>A KneeCoach routine is in progress</source>
            <translation>Hay una rutina de KneeCoach en curso</translation>
        </message>
    </context>
    <context>
        <name>SessionView</name>
        <message>
            <source>Routine in progress</source>
            <translation>Rutina en curso</translation>
        </message>
        <message>
            <source>Side</source>
            <comment>left or right side of the body</comment>
            <translation>Lado</translation>
        </message>
        <message>
            <source>Instruction</source>
            <translation>Instrucción</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>Next</source>
            <comment>what comes after this step</comment>
            <translation>A continuación</translation>
        </message>
        <message>
            <source>paused</source>
            <comment>under a countdown that is stopped</comment>
            <translation>en pausa</translation>
        </message>
        <message>
            <source>of {count}</source>
            <comment>under the rep in progress: 7 of 12</comment>
            <translation>de {count}</translation>
        </message>
        <message>
            <source>◀  Back</source>
            <comment>go back one part: the first side, the start of this exercise, the previous one</comment>
            <translation>◀  Atrás</translation>
        </message>
        <message>
            <source>Back: to the first side, then the start of this exercise, then the previous one</source>
            <translation>Atrás: al primer lado, luego al inicio de este ejercicio, luego al anterior</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pausa</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>Pausar o reanudar</translation>
        </message>
        <message>
            <source>Skip  ▶</source>
            <comment>go to the next exercise</comment>
            <translation>Omitir  ▶</translation>
        </message>
        <message>
            <source>Skip to the next exercise</source>
            <translation>Pasar al ejercicio siguiente</translation>
        </message>
        <message>
            <source>Restart exercise</source>
            <translation>Reiniciar ejercicio</translation>
        </message>
        <message>
            <source>Restart this exercise</source>
            <translation>Reiniciar este ejercicio</translation>
        </message>
        <message>
            <source>Fullscreen</source>
            <translation>Pantalla completa</translation>
        </message>
        <message>
            <source>Fullscreen on or off</source>
            <translation>Activar o desactivar la pantalla completa</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Detener</translation>
        </message>
        <message>
            <source>Stop the routine</source>
            <translation>Detener la rutina</translation>
        </message>
        <message>
            <source>{action} ({key})</source>
            <comment>a control and its shortcut key</comment>
            <translation>{action} ({key})</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Empezar</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reanudar</translation>
        </message>
        <message>
            <source>Exercise {number} of {count}</source>
            <translation>Ejercicio {number} de {count}</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Next: finish</source>
            <translation>A continuación: fin</translation>
        </message>
        <message>
            <source>Next: {exercise}</source>
            <translation>A continuación: {exercise}</translation>
        </message>
        <message>
            <source>Next: rest, then {exercise}</source>
            <translation>A continuación: descanso y después {exercise}</translation>
        </message>
        <message>
            <source>Next: switch to the left side</source>
            <translation>A continuación: cambio al lado izquierdo</translation>
        </message>
        <message>
            <source>Next: switch to the right side</source>
            <translation>A continuación: cambio al lado derecho</translation>
        </message>
        <message>
            <source>Next: change direction, {direction}</source>
            <translation>A continuación: cambio de sentido, ahora {direction}</translation>
        </message>
        <message numerus="yes">
            <source>Next: %n circle(s), {direction}</source>
            <translation>
                <numerusform>A continuación: %n círculo, {direction}</numerusform>
                <numerusform>A continuación: %n círculos, {direction}</numerusform>
            </translation>
        </message>
        <message>
            <source>Next: {step}</source>
            <comment>the next step, e.g. hold</comment>
            <translation>A continuación: {step}</translation>
        </message>
        <message numerus="yes">
            <source>second(s)</source>
            <comment>under the seconds left</comment>
            <translation>
                <numerusform>segundo</numerusform>
                <numerusform>segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>Picture: {exercise}, left</source>
            <translation>Imagen: {exercise}, lado izquierdo</translation>
        </message>
        <message>
            <source>Picture: {exercise}, right</source>
            <translation>Imagen: {exercise}, lado derecho</translation>
        </message>
        <message>
            <source>Picture: {exercise}, both sides</source>
            <translation>Imagen: {exercise}, ambos lados</translation>
        </message>
        <message>
            <source>Leave fullscreen</source>
            <translation>Salir de pantalla completa</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>the default, {value}, is used instead</source>
            <translation>se usa en su lugar el valor predeterminado, {value}</translation>
        </message>
        <message>
            <source>{name} must be a list of texts; {fallback}</source>
            <translation>{name} debe ser una lista de textos; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be true or false; {fallback}</source>
            <translation>{name} debe ser true o false; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be a number; {fallback}</source>
            <translation>{name} debe ser un número; {fallback}</translation>
        </message>
        <message>
            <source>{name} is {value}, outside {low}–{high}; {fallback}</source>
            <translation>{name} vale {value}, fuera del intervalo {low}–{high}; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be one of {choices}; {fallback}</source>
            <translation>{name} debe ser uno de estos: {choices}; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be a text; {fallback}</source>
            <translation>{name} debe ser un texto; {fallback}</translation>
        </message>
        <message>
            <source>{name} must name days among {days}; {fallback}</source>
            <translation>{name} debe indicar días de entre {days}; {fallback}</translation>
        </message>
        <message>
            <source>{name} must be 1 to {most} times written like "{example}"; {fallback}</source>
            <translation>{name} debe ser de 1 a {most} horas escritas como "{example}"; {fallback}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Igual que el sistema</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <source>KneeCoach settings</source>
            <translation>Ajustes de KneeCoach</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>Rutina</translation>
        </message>
        <message>
            <source>Sound &amp;&amp; display</source>
            <comment>tab title; &amp;&amp; shows as one &amp;</comment>
            <translation>Sonido &amp;&amp; pantalla</translation>
        </message>
        <message>
            <source>Remind me every day</source>
            <translation>Avisarme todos los días</translation>
        </message>
        <message>
            <source>Remind on {day}</source>
            <translation>Avisar el {day}</translation>
        </message>
        <message>
            <source>At</source>
            <comment>reminder times</comment>
            <translation>A las</translation>
        </message>
        <message>
            <source>On</source>
            <comment>reminder days</comment>
            <translation>Días</translation>
        </message>
        <message>
            <source>Ask how my knee is before each routine</source>
            <translation>Preguntar cómo está mi rodilla antes de cada rutina</translation>
        </message>
        <message>
            <source>With the answer after the routine, it shows whether the exercises ease your knee</source>
            <translation>Con la respuesta de después de la rutina, muestra si los ejercicios alivian su rodilla</translation>
        </message>
        <message>
            <source> s each side</source>
            <comment>after a number</comment>
            <translation> s en cada lado</translation>
        </message>
        <message>
            <source> each direction</source>
            <comment>after a number of reps</comment>
            <translation> en cada sentido</translation>
        </message>
        <message>
            <source> s per rep</source>
            <comment>after a number</comment>
            <translation> s por repetición</translation>
        </message>
        <message>
            <source> s</source>
            <comment>seconds, after a number</comment>
            <translation> s</translation>
        </message>
        <message>
            <source>At least this long. An exercise with several set-up steps gets longer: time to read each of them on its own.</source>
            <translation>Al menos este tiempo. Un ejercicio con varios pasos de preparación tiene más: tiempo para leer cada uno por separado.</translation>
        </message>
        <message>
            <source>Hold each stretch</source>
            <translation>Mantener cada estiramiento</translation>
        </message>
        <message>
            <source>Ankle circles</source>
            <translation>Círculos con los tobillos</translation>
        </message>
        <message>
            <source>Rep pace</source>
            <translation>Ritmo de las repeticiones</translation>
        </message>
        <message>
            <source>Get ready</source>
            <translation>Preparación</translation>
        </message>
        <message>
            <source>Switch sides</source>
            <translation>Cambio de lado</translation>
        </message>
        <message>
            <source>Rest between exercises</source>
            <translation>Descanso entre ejercicios</translation>
        </message>
        <message>
            <source>The article's dosage is a 30-second hold and 10–15 ankle circles each direction. Exercises you added keep the dosage you gave them.</source>
            <translation>La dosis del artículo es mantener cada estiramiento 30 segundos y hacer 10–15 círculos con los tobillos en cada sentido. Los ejercicios que usted añadió conservan la dosis que les dio.</translation>
        </message>
        <message>
            <source>Offer longer holds as I progress</source>
            <translation>Proponerme estiramientos más largos a medida que progrese</translation>
        </message>
        <message>
            <source>After a week of regular practice, offer holds {step} seconds longer, up to {ceiling}</source>
            <translation>Tras una semana de práctica regular, proponer mantener los estiramientos {step} segundos más, hasta {ceiling}</translation>
        </message>
        <message>
            <source>After a week of regular practice KneeCoach offers {step} s more (up to {ceiling} s), and offers to step back if your pain check-ins go up. It only asks.</source>
            <translation>Tras una semana de práctica regular, KneeCoach le propone {step} s más (hasta {ceiling} s), y le propone volver atrás si sus registros de dolor aumentan. Solo se lo pregunta.</translation>
        </message>
        <message>
            <source> days a week</source>
            <comment>after a number</comment>
            <translation> días a la semana</translation>
        </message>
        <message>
            <source>Weekly goal</source>
            <translation>Objetivo semanal</translation>
        </message>
        <message>
            <source>The days you do not need for your goal are rest days: they keep your streak going.</source>
            <translation>Los días que no necesita para cumplir su objetivo son días de descanso: no interrumpen su racha.</translation>
        </message>
        <message>
            <source>Chimes at each step</source>
            <translation>Sonidos en cada paso</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Volumen de los sonidos</translation>
        </message>
        <message>
            <source>Spoken cues (where the computer has a voice)</source>
            <translation>Indicaciones habladas (si el equipo tiene voz)</translation>
        </message>
        <message>
            <source>Breathing guide during holds</source>
            <translation>Guía de respiración durante los estiramientos</translation>
        </message>
        <message>
            <source>Moving figures (off: still pictures, less motion)</source>
            <translation>Figuras en movimiento (desactivado: imágenes fijas, menos movimiento)</translation>
        </message>
        <message>
            <source>Far from the screen: larger type during the routine</source>
            <translation>Lejos de la pantalla: letra más grande durante la rutina</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Start in full screen</source>
            <translation>Empezar en pantalla completa</translation>
        </message>
        <message>
            <source>As the computer is set</source>
            <translation>Según la configuración del equipo</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>A new language is used from the next start of KneeCoach.</source>
            <translation>El nuevo idioma se usará a partir del próximo inicio de KneeCoach.</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Volumen</translation>
        </message>
        <message>
            <source>Choose at least one day for your reminder.</source>
            <translation>Elija al menos un día para su recordatorio.</translation>
        </message>
    </context>
    <context>
        <name>SettingsStore</name>
        <message>
            <source>Settings are read-only</source>
            <translation>Los ajustes son de solo lectura</translation>
        </message>
        <message>
            <source>Your settings file: {problem}.</source>
            <translation>Su archivo de ajustes: {problem}.</translation>
        </message>
        <message>
            <source>Settings could not be read</source>
            <translation>No se pudieron leer los ajustes</translation>
        </message>
        <message>
            <source>Your settings file could not be read: {problem}. It was kept unchanged as {file} in {folder}; the default settings are used.</source>
            <translation>No se pudo leer su archivo de ajustes: {problem}. Se ha guardado sin cambios como {file} en {folder}; se usan los ajustes predeterminados.</translation>
        </message>
        <message>
            <source>Some settings were not valid</source>
            <translation>Algunos ajustes no eran válidos</translation>
        </message>
        <message>
            <source>In your settings file, {problems}. The original file was kept as {file} in {folder}.</source>
            <translation>En su archivo de ajustes: {problems}. El archivo original se ha guardado como {file} en {folder}.</translation>
        </message>
    </context>
    <context>
        <name>SoundCheck</name>
        <message>
            <source>Sound support could not be loaded on this computer. On Linux, install the PulseAudio client library (libpulse0).</source>
            <translation>No se pudo cargar el soporte de sonido en este equipo. En Linux, instale la biblioteca cliente de PulseAudio (libpulse0).</translation>
        </message>
        <message>
            <source>No speakers or headphones were found.</source>
            <translation>No se encontraron altavoces ni auriculares.</translation>
        </message>
        <message>
            <source>Test sound</source>
            <translation>Probar sonido</translation>
        </message>
        <message>
            <source>Play a chime at this volume</source>
            <translation>Reproducir un aviso sonoro con este volumen</translation>
        </message>
        <message>
            <source>Test voice</source>
            <translation>Probar voz</translation>
        </message>
        <message>
            <source>Hear how a cue sounds</source>
            <translation>Escuchar cómo suena una indicación</translation>
        </message>
        <message>
            <source>Test result</source>
            <translation>Resultado de la prueba</translation>
        </message>
        <message>
            <source>No sound: {problem}</source>
            <translation>Sin sonido: {problem}</translation>
        </message>
        <message>
            <source>A chime plays at volume {volume} %. If you hear nothing, check your speakers and the computer's volume.</source>
            <translation>Suena un aviso con volumen {volume} %. Si no oye nada, compruebe los altavoces y el volumen del equipo.</translation>
        </message>
        <message>
            <source>No sound: the chime could not be loaded.</source>
            <translation>Sin sonido: no se pudo cargar el aviso sonoro.</translation>
        </message>
        <message>
            <source>Speaking: “{words}” If you hear nothing, check your speakers and the computer's volume.</source>
            <translation>Hablando: «{words}» Si no oye nada, compruebe los altavoces y el volumen del equipo.</translation>
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
            <translation>'{field}' no es una lista de sesiones</translation>
        </message>
        <message>
            <source>it is not a table</source>
            <translation>no es una tabla</translation>
        </message>
        <message>
            <source>session #{number}: {problem}</source>
            <translation>sesión n.º {number}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>TomlFile</name>
        <message>
            <source>it could not be opened ({reason})</source>
            <translation>no se pudo abrir ({reason})</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es una carpeta, no un archivo</translation>
        </message>
        <message>
            <source>it is not an ordinary file</source>
            <translation>no es un archivo normal</translation>
        </message>
        <message>
            <source>it is larger than {size} MB, too large to be read</source>
            <translation>ocupa más de {size} MB, demasiado para leerlo</translation>
        </message>
        <message>
            <source>it is saved as UTF-16, not as UTF-8 text</source>
            <translation>está guardado como UTF-16, no como texto UTF-8</translation>
        </message>
        <message>
            <source>it is not a text file</source>
            <translation>no es un archivo de texto</translation>
        </message>
        <message>
            <source>it is damaged or was edited by hand ({error})</source>
            <translation>está dañado o se editó a mano ({error})</translation>
        </message>
        <message>
            <source>its lists or tables are nested too deeply</source>
            <translation>sus listas o tablas están anidadas a demasiada profundidad</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>KneeCoach is not allowed to write in {folder}</source>
            <translation>KneeCoach no tiene permiso para escribir en {folder}</translation>
        </message>
        <message>
            <source>{file} could not be saved: {reason}.</source>
            <translation>No se pudo guardar {file}: {reason}.</translation>
        </message>
        <message>
            <source>KneeCoach is not allowed to write in {folder}, so nothing can be saved.</source>
            <translation>KneeCoach no tiene permiso para escribir en {folder}, así que no se puede guardar nada.</translation>
        </message>
        <message>
            <source>{folder} cannot be written to ({reason}).</source>
            <translation>No se puede escribir en {folder} ({reason}).</translation>
        </message>
        <message>
            <source>it has no valid schema_version</source>
            <translation>no tiene un schema_version válido</translation>
        </message>
        <message>
            <source>it was written by a newer version of KneeCoach (format {version}); it is shown but not changed</source>
            <translation>se creó con una versión más reciente de KneeCoach (formato {version}); se muestra, pero no se modifica</translation>
        </message>
    </context>
    <context>
        <name>TrayIcon</name>
        <message>
            <source>Start routine</source>
            <translation>Empezar rutina</translation>
        </message>
        <message>
            <source>Open KneeCoach</source>
            <translation>Abrir KneeCoach</translation>
        </message>
        <message>
            <source>Snooze 15 min</source>
            <translation>Posponer 15 min</translation>
        </message>
        <message>
            <source>Snooze 1 hour</source>
            <translation>Posponer 1 hora</translation>
        </message>
        <message>
            <source>Skip today</source>
            <translation>Omitir hoy</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Ajustes…</translation>
        </message>
        <message>
            <source>Quit KneeCoach</source>
            <translation>Salir de KneeCoach</translation>
        </message>
    </context>
    <context>
        <name>UserFile</name>
        <message>
            <source>'{field}' is not a list</source>
            <translation>«{field}» no es una lista</translation>
        </message>
        <message>
            <source>The file {file}: {problem}.</source>
            <translation>El archivo {file}: {problem}.</translation>
        </message>
        <message>
            <source>Part of the file could not be used: {problems}. The rest is used, and the original file was kept as {file} in {folder}.</source>
            <translation>No se pudo usar una parte del archivo: {problems}. Se usa el resto, y el archivo original se ha guardado como {file} en {folder}.</translation>
        </message>
        <message>
            <source>it could not be read, nor set aside ({reason})</source>
            <translation>no se pudo leer ni apartar ({reason})</translation>
        </message>
        <message>
            <source>The file {file} could not be read ({problem}) and is left as it is; nothing in it is changed.</source>
            <translation>No se pudo leer el archivo {file} ({problem}) y se deja como está; no se modifica nada de su contenido.</translation>
        </message>
        <message>
            <source>In {file}: {problems}. They are kept in the file unchanged until you mend them.</source>
            <translation>En {file}: {problems}. Se conservan sin cambios en el archivo hasta que usted los corrija.</translation>
        </message>
        <message>
            <source>{file} is not changed: {reason}. Your change applies until you quit.</source>
            <translation>{file} no se ha modificado: {reason}. Su cambio se aplica hasta que cierre KneeCoach.</translation>
        </message>
    </context>
    <context>
        <name>VersionedFile</name>
        <message>
            <source>its format {version} could not be upgraded</source>
            <translation>no se pudo actualizar su formato {version}</translation>
        </message>
        <message>
            <source>its original could not be kept in a copy</source>
            <translation>no se pudo guardar una copia del original</translation>
        </message>
    </context>
    <context>
        <name>Voice</name>
        <message>
            <source>Speech support could not be loaded on this computer, so KneeCoach cannot speak. The chimes and the words on screen still guide you.</source>
            <translation>No se pudo cargar la síntesis de voz en este equipo, así que KneeCoach no puede hablar. Los avisos sonoros y el texto en pantalla le siguen guiando.</translation>
        </message>
        <message>
            <source>This computer has no text-to-speech engine, so KneeCoach cannot speak. On Linux, install speech-dispatcher and espeak-ng, then try again.</source>
            <translation>Este equipo no tiene motor de síntesis de voz, así que KneeCoach no puede hablar. En Linux, instale speech-dispatcher y espeak-ng y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The computer's speech engine is not working ({details}), so KneeCoach cannot speak. On Linux, check that speech-dispatcher is installed and running.</source>
            <translation>El motor de voz del equipo no funciona ({details}), así que KneeCoach no puede hablar. En Linux, compruebe que speech-dispatcher esté instalado y en marcha.</translation>
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message numerus="yes">
            <source>about %n minute(s) in all</source>
            <translation>
                <numerusform>unos %n minuto en total</numerusform>
                <numerusform>unos %n minutos en total</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Each day, {app} guides you through %n gentle exercise(s) for your ankles and hips: {length}.</source>
            <translation>
                <numerusform>Cada día, {app} le guía en %n ejercicio suave para los tobillos y las caderas: {length}.</numerusform>
                <numerusform>Cada día, {app} le guía en %n ejercicios suaves para los tobillos y las caderas: {length}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{exercise}: %n in each direction.</source>
            <translation>
                <numerusform>{exercise}: %n en cada sentido.</numerusform>
                <numerusform>{exercise}: %n en cada sentido.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n (stretch|stretches), each held for {hold} on each side.</source>
            <translation>
                <numerusform>%n estiramiento, que se mantiene {hold} en cada lado.</numerusform>
                <numerusform>%n estiramientos; cada uno se mantiene {hold} en cada lado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>One stretch held for %n second(s) on each side.</source>
            <translation>
                <numerusform>Un estiramiento que se mantiene %n segundo en cada lado.</numerusform>
                <numerusform>Un estiramiento que se mantiene %n segundos en cada lado.</numerusform>
            </translation>
        </message>
        <message>
            <source>Big timers count down every hold and a chime tells you when to switch sides, so you can follow from your mat.</source>
            <translation>Unos temporizadores grandes hacen la cuenta atrás de cada estiramiento y un sonido le avisa cuándo cambiar de lado, para que pueda seguir la rutina desde la colchoneta.</translation>
        </message>
        <message>
            <source>Welcome to {app}</source>
            <translation>Le damos la bienvenida a {app}</translation>
        </message>
        <message>
            <source>I practise far from the screen: show the routine in larger type</source>
            <translation>Practico lejos de la pantalla: mostrar la rutina con letra más grande</translation>
        </message>
        <message>
            <source>A voice that coaches</source>
            <translation>Una voz que le guía</translation>
        </message>
        <message>
            <source>To stay safe</source>
            <translation>Para hacerlo con seguridad</translation>
        </message>
        <message>
            <source>Remind me every day at</source>
            <translation>Avisarme todos los días a las</translation>
        </message>
        <message>
            <source>Reminder time</source>
            <translation>Hora del recordatorio</translation>
        </message>
        <message>
            <source>Speak the cues: each exercise and side, when to switch, halfway and the last five seconds of each hold</source>
            <translation>Decir las indicaciones en voz alta: cada ejercicio y lado, cuándo cambiar, la mitad y los últimos cinco segundos de cada posición</translation>
        </message>
        <message>
            <source>Add KneeCoach to my applications menu, to start it from there</source>
            <translation>Añadir KneeCoach a mi menú de aplicaciones, para abrirlo desde ahí</translation>
        </message>
        <message>
            <source>Also in Settings; nothing is added when you skip this</source>
            <translation>También en Ajustes; si omite este paso, no se añade nada</translation>
        </message>
        <message>
            <source>Let’s begin</source>
            <translation>Empecemos</translation>
        </message>
        <message>
            <source>Skip</source>
            <comment>close the welcome</comment>
            <translation>Omitir</translation>
        </message>
        <message>
            <source>Close this; everything here is also in Settings</source>
            <translation>Cerrar esta ventana; todo lo que hay aquí también está en Ajustes</translation>
        </message>
        <message>
            <source>Your daily reminder</source>
            <translation>Su recordatorio diario</translation>
        </message>
        <message>
            <source>You can change all of this later in Settings (Ctrl+,).</source>
            <translation>Puede cambiar todo esto más adelante en Ajustes (Ctrl+,).</translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message>
            <source>dddd d MMMM yyyy</source>
            <comment>long date pattern</comment>
            <translation>dddd, d 'de' MMMM 'de' yyyy</translation>
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
            <translation>ddd, d MMM yyyy</translation>
        </message>
        <message>
            <source>MMMM yyyy</source>
            <comment>month pattern</comment>
            <translation>MMMM 'de' yyyy</translation>
        </message>
    </context>
</TS>
