<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>BaselineDialog</name>
        <message>
            <source>Alignment baseline</source>
            <translation>Línea base de alineación</translation>
        </message>
        <message>
            <source> of {top}</source>
            <translation> de {top}</translation>
        </message>
        <message>
            <source>The first run: later runs are read against it.</source>
            <translation>La primera medición: las posteriores se comparan con ella.</translation>
        </message>
        <message>
            <source>Previous run: {when}. Its answers are filled in to start from.</source>
            <translation>Medición anterior: {when}. Sus respuestas están rellenadas como punto de partida.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>Previous run</source>
            <translation>Medición anterior</translation>
        </message>
        <message>
            <source>Your answer now; the previous run answered {answer}</source>
            <translation>Su respuesta ahora; en la medición anterior fue {answer}</translation>
        </message>
        <message>
            <source>Your answer now; this first run is what later runs are read against</source>
            <translation>Su respuesta ahora; las mediciones posteriores se comparan con esta primera</translation>
        </message>
        <message>
            <source>Store these answers as a run of today, with the selected meeting</source>
            <translation>Guardar estas respuestas como la medición de hoy, con la reunión seleccionada</translation>
        </message>
        <message>
            <source>Close the baseline; answers not saved are dropped</source>
            <translation>Cerrar la línea base; las respuestas no guardadas se descartan</translation>
        </message>
        <message>
            <source>{day} at “{meeting}”</source>
            <translation>{day} en «{meeting}»</translation>
        </message>
        <message>
            <source>Not saved — {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <source>Saved the run of {when}.</source>
            <translation>Medición del {when} guardada.</translation>
        </message>
        <message>
            <source>This is the first run; the next one will be compared with it.</source>
            <translation>Esta es la primera medición; la siguiente se comparará con ella.</translation>
        </message>
        <message>
            <source>Since the first run ({when}):</source>
            <translation>Desde la primera medición ({when}):</translation>
        </message>
        <message>
            <source>better</source>
            <translation>mejor</translation>
        </message>
        <message>
            <source>worse</source>
            <translation>peor</translation>
        </message>
        <message>
            <source>no answer has changed.</source>
            <translation>ninguna respuesta ha cambiado.</translation>
        </message>
    </context>
    <context>
        <name>CreateGoal</name>
        <message>
            <source>Add goal {goal}</source>
            <translation>Añadir objetivo {goal}</translation>
        </message>
        <message>
            <source>new goal</source>
            <translation>objetivo nuevo</translation>
        </message>
    </context>
    <context>
        <name>GoalsDialog</name>
        <message>
            <source>The goal's name, as the grid and the minutes show it</source>
            <translation>El nombre del objetivo, tal como aparece en la tabla y en el acta</translation>
        </message>
        <message>
            <source>The team the goal is set for</source>
            <translation>El equipo para el que se fija el objetivo</translation>
        </message>
        <message>
            <source>Whether a value meets the target by being above it or below it</source>
            <translation>Si un valor cumple la meta al quedar por encima o por debajo de ella</translation>
        </message>
        <message>
            <source>The span of time each value covers</source>
            <translation>El periodo que abarca cada valor</translation>
        </message>
        <message>
            <source>The value the goal aims for, in its unit</source>
            <translation>El valor al que aspira el objetivo, en su unidad</translation>
        </message>
        <message>
            <source>The day a new target takes effect; earlier meetings keep the old one</source>
            <translation>El día en que entra en vigor una meta nueva; las reuniones anteriores conservan la antigua</translation>
        </message>
        <message>
            <source>Whether the goal is to be reached by a date</source>
            <translation>Si el objetivo debe alcanzarse antes de una fecha</translation>
        </message>
        <message>
            <source>The day the goal is to be reached by</source>
            <translation>El día para el que debe alcanzarse el objetivo</translation>
        </message>
        <message>
            <source>The objective the goal serves</source>
            <translation>La finalidad a la que sirve el objetivo</translation>
        </message>
        <message>
            <source>Clear the form to add a goal</source>
            <translation>Vaciar el formulario para añadir un objetivo</translation>
        </message>
        <message>
            <source>Store the goal; a changed target takes effect from the In force date</source>
            <translation>Guardar el objetivo; una meta modificada entra en vigor en la fecha de «Vigente desde»</translation>
        </message>
        <message>
            <source>An inactive goal is no longer tracked; its recorded values stay</source>
            <translation>Un objetivo inactivo deja de seguirse; sus valores registrados se conservan</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Objetivos</translation>
        </message>
        <message>
            <source>The goals set; select one to edit it</source>
            <translation>Los objetivos fijados; seleccione uno para editarlo</translation>
        </message>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;Nuevo objetivo</translation>
        </message>
        <message>
            <source>The goal's targets, newest first, each from the day it took effect</source>
            <translation>Las metas del objetivo, de la más reciente a la más antigua, cada una desde el día en que entró en vigor</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>Nom&amp;bre:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>E&amp;quipo:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unidad:</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <source>Tar&amp;get:</source>
            <translation>&amp;Meta:</translation>
        </message>
        <message>
            <source>In force &amp;from:</source>
            <translation>&amp;Vigente desde:</translation>
        </message>
        <message>
            <source>O&amp;bjective:</source>
            <translation>Final&amp;idad:</translation>
        </message>
        <message>
            <source>Target history</source>
            <translation>Historial de metas</translation>
        </message>
        <message>
            <source>Close the goals; a form not saved is dropped</source>
            <translation>Cerrar los objetivos; un formulario no guardado se descarta</translation>
        </message>
        <message>
            <source>Both teams</source>
            <translation>Ambos equipos</translation>
        </message>
        <message>
            <source>Dead&amp;line:</source>
            <translation>&amp;Fecha límite:</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>What the goal serves, e.g. fewer leads wasted</source>
            <translation>Para qué sirve el objetivo, p. ej., desperdiciar menos leads</translation>
        </message>
        <message>
            <source>{goal} (inactive)</source>
            <translation>{goal} (inactivo)</translation>
        </message>
        <message>
            <source>A goal's unit stays: its recorded values are in it</source>
            <translation>La unidad de un objetivo no cambia: sus valores registrados están en ella</translation>
        </message>
        <message>
            <source>from {day}: {target}</source>
            <translation>desde el {day}: {target}</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>Desac&amp;tivar</translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>Reac&amp;tivar</translation>
        </message>
        <message>
            <source>The unit the goal's values are in; it stays once saved</source>
            <translation>La unidad de los valores del objetivo; no cambia una vez guardado</translation>
        </message>
        <message>
            <source>Goal added.</source>
            <translation>Objetivo añadido.</translation>
        </message>
        <message>
            <source>Save goal {goal}</source>
            <translation>Guardar objetivo {goal}</translation>
        </message>
        <message>
            <source>goal changes</source>
            <translation>cambios del objetivo</translation>
        </message>
        <message>
            <source>Goal saved.</source>
            <translation>Objetivo guardado.</translation>
        </message>
        <message>
            <source>Goal saved; target {target} from {day}.</source>
            <translation>Objetivo guardado; meta {target} desde el {day}.</translation>
        </message>
        <message>
            <source>Deactivate goal {goal}</source>
            <translation>Desactivar objetivo {goal}</translation>
        </message>
        <message>
            <source>deactivate</source>
            <translation>desactivar</translation>
        </message>
        <message>
            <source>Reactivate goal {goal}</source>
            <translation>Reactivar objetivo {goal}</translation>
        </message>
        <message>
            <source>reactivate</source>
            <translation>reactivar</translation>
        </message>
        <message>
            <source>Goal deactivated; its recorded values stay.</source>
            <translation>Objetivo desactivado; sus valores registrados se conservan.</translation>
        </message>
        <message>
            <source>Goal active again.</source>
            <translation>Objetivo activo de nuevo.</translation>
        </message>
        <message>
            <source>Not saved — {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ImportCommand</name>
        <message>
            <source>Import {file}</source>
            <translation>Importar {file}</translation>
        </message>
        <message>
            <source>import</source>
            <translation>importación</translation>
        </message>
        <message>
            <source>… and 1 more</source>
            <translation>… y 1 más</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <source>nothing from {file} was imported:
{problems}</source>
            <translation>no se importó nada de {file}:
{problems}</translation>
        </message>
        <message>
            <source>nothing from {file} was imported: {reason}</source>
            <translation>no se importó nada de {file}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>MetricsDialog</name>
        <message>
            <source>Metrics</source>
            <translation>Métricas</translation>
        </message>
        <message>
            <source>Close the metrics; every value typed is already stored</source>
            <translation>Cerrar las métricas; todos los valores escritos ya están guardados</translation>
        </message>
    </context>
    <context>
        <name>MetricsGrid</name>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importar CSV…</translation>
        </message>
        <message>
            <source>Fill the grid from a CRM export: goal, period, value</source>
            <translation>Rellenar la tabla a partir de una exportación del CRM: objetivo, periodo, valor</translation>
        </message>
        <message>
            <source>Type a number, Enter or Tab for the next goal, Delete to clear, Ctrl+Z to undo.</source>
            <translation>Escriba un número; Intro o Tab para el siguiente objetivo, Supr para borrar, Ctrl+Z para deshacer.</translation>
        </message>
        <message>
            <source>Not stored — {reason}</source>
            <translation>No guardado: {reason}</translation>
        </message>
        <message>
            <source>Import metrics</source>
            <translation>Importar métricas</translation>
        </message>
        <message>
            <source>Imported 1 value from {file}.</source>
            <translation>Se importó 1 valor de {file}.</translation>
        </message>
        <message>
            <source>Imported {count} values from {file}.</source>
            <translation>Se importaron {count} valores de {file}.</translation>
        </message>
    </context>
    <context>
        <name>MetricsMenu</name>
        <message>
            <source>&amp;Goals…</source>
            <translation>&amp;Objetivos…</translation>
        </message>
        <message>
            <source>SLA goals, their teams and target history</source>
            <translation>Objetivos del SLA, sus equipos e historial de metas</translation>
        </message>
        <message>
            <source>&amp;Trends…</source>
            <translation>&amp;Tendencias…</translation>
        </message>
        <message>
            <source>Each goal over the last meetings against its target</source>
            <translation>Cada objetivo en las últimas reuniones frente a su meta</translation>
        </message>
        <message>
            <source>&amp;Alignment baseline…</source>
            <translation>Línea &amp;base de alineación…</translation>
        </message>
        <message>
            <source>Assess how aligned Sales and Marketing are; taken at the selected meeting</source>
            <translation>Evaluar el grado de alineación entre Ventas y Marketing; se registra en la reunión seleccionada</translation>
        </message>
        <message>
            <source>&amp;Funnel…</source>
            <translation>&amp;Embudo…</translation>
        </message>
        <message>
            <source>The CRM's funnel per lead source: conversion rates, goals, good and poor sources</source>
            <translation>El embudo del CRM por fuente de leads: tasas de conversión, objetivos, fuentes buenas y malas</translation>
        </message>
        <message>
            <source>&amp;Win/loss…</source>
            <translation>&amp;Ganadas/perdidas…</translation>
        </message>
        <message>
            <source>A quarter's won and lost deals: main reasons, campaigns, ideas from lost deals</source>
            <translation>Las oportunidades ganadas y perdidas de un trimestre: motivos principales, campañas, ideas de las perdidas</translation>
        </message>
        <message>
            <source>&amp;Decision log…</source>
            <translation>Registro de &amp;decisiones…</translation>
        </message>
        <message>
            <source>Decisions with their owner, goal and review date; those due for review</source>
            <translation>Decisiones con su responsable, objetivo y fecha de revisión; las pendientes de revisar</translation>
        </message>
        <message>
            <source>&amp;Neutrality…</source>
            <translation>&amp;Neutralidad…</translation>
        </message>
        <message>
            <source>Floor time, disputes raised and settlements per team: are the meetings balanced?</source>
            <translation>Tiempo de palabra, disputas planteadas y acuerdos por equipo: ¿están equilibradas las reuniones?</translation>
        </message>
        <message>
            <source>Agree&amp;ments…</source>
            <translation>&amp;Acuerdos…</translation>
        </message>
        <message>
            <source>The agreements between the teams: MQL definition, SLA terms, their versions</source>
            <translation>Los acuerdos entre los equipos: definición de MQL, condiciones del SLA y sus versiones</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>Métricas</translation>
        </message>
    </context>
    <context>
        <name>MetricsModel</name>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Both teams</source>
            <translation>Ambos equipos</translation>
        </message>
    </context>
    <context>
        <name>MetricsTable</name>
        <message>
            <source>Metrics</source>
            <translation>Métricas</translation>
        </message>
        <message>
            <source>Each goal's target, value and verdict; type a value on its row</source>
            <translation>La meta, el valor y el resultado de cada objetivo; escriba un valor en su fila</translation>
        </message>
    </context>
    <context>
        <name>SetValueCommand</name>
        <message>
            <source>Clear {goal}</source>
            <translation>Borrar {goal}</translation>
        </message>
        <message>
            <source>Set {goal}</source>
            <translation>Fijar {goal}</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>{goal}: {reason} (you typed {typed})</source>
            <translation>{goal}: {reason} (usted escribió {typed})</translation>
        </message>
    </context>
    <context>
        <name>TrendChart</name>
        <message>
            <source>{day}: {value} (missed)</source>
            <translation>{day}: {value} (incumplido)</translation>
        </message>
        <message>
            <source>{day}: {value}</source>
            <translation>{day}: {value}</translation>
        </message>
        <message>
            <source>{goal} trend</source>
            <translation>Tendencia de {goal}</translation>
        </message>
        <message>
            <source>no values yet</source>
            <translation>todavía no hay valores</translation>
        </message>
        <message>
            <source>No values yet</source>
            <translation>Todavía no hay valores</translation>
        </message>
    </context>
    <context>
        <name>TrendsDialog</name>
        <message>
            <source>Trends</source>
            <translation>Tendencias</translation>
        </message>
        <message>
            <source>Close the trends</source>
            <translation>Cerrar las tendencias</translation>
        </message>
    </context>
    <context>
        <name>TrendsView</name>
        <message>
            <source>How many recent meetings the trends cover</source>
            <translation>Cuántas de las últimas reuniones abarcan las tendencias</translation>
        </message>
        <message>
            <source> meetings</source>
            <translation> reuniones</translation>
        </message>
        <message>
            <source>&amp;Show the last:</source>
            <translation>&amp;Mostrar las últimas:</translation>
        </message>
        <message>
            <source>No goals yet: add them under Metrics › Goals…</source>
            <translation>Todavía no hay objetivos: añádalos en Métricas › Objetivos…</translation>
        </message>
        <message>
            <source>No value yet.</source>
            <translation>Todavía no hay valor.</translation>
        </message>
        <message numerus="yes">
            <source>{misses} of the last %n missed</source>
            <translation>
                <numerusform>incumplimientos: {misses} de %n</numerusform>
                <numerusform>incumplimientos: {misses} de las últimas %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>none of the last %n missed</source>
            <translation>
                <numerusform>incumplimientos: ninguno en %n</numerusform>
                <numerusform>incumplimientos: ninguno en las últimas %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Latest: {verdict} · {tally}.</source>
            <translation>Último: {verdict} · {tally}.</translation>
        </message>
    </context>
</TS>
