<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AddAgreement</name>
        <message>
            <source>New agreement “{name}”</source>
            <translation>Nuevo acuerdo «{name}»</translation>
        </message>
        <message>
            <source>new agreement</source>
            <translation>nuevo acuerdo</translation>
        </message>
    </context>
    <context>
        <name>AddDeal</name>
        <message>
            <source>Add deal {name}</source>
            <translation>Añadir negocio {name}</translation>
        </message>
        <message>
            <source>new deal</source>
            <translation>nuevo negocio</translation>
        </message>
    </context>
    <context>
        <name>AddReason</name>
        <message>
            <source>Add reason {name}</source>
            <translation>Añadir motivo {name}</translation>
        </message>
        <message>
            <source>new reason</source>
            <translation>nuevo motivo</translation>
        </message>
    </context>
    <context>
        <name>AgreementsDialog</name>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>In force from</source>
            <translation>En vigor desde</translation>
        </message>
        <message>
            <source>Agreed at</source>
            <translation>Acordado en</translation>
        </message>
        <message>
            <source>What led to it</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>New a&amp;greement…</source>
            <translation>Nuevo &amp;acuerdo…</translation>
        </message>
        <message>
            <source>Start a new agreement, with its first version</source>
            <translation>Crear un acuerdo nuevo con su primera versión</translation>
        </message>
        <message>
            <source>− removed (red)    + added (green)</source>
            <translation>− eliminado (rojo)    + añadido (verde)</translation>
        </message>
        <message>
            <source>New &amp;version…</source>
            <translation>Nueva &amp;versión…</translation>
        </message>
        <message>
            <source>Record a new version of the chosen agreement</source>
            <translation>Registrar una nueva versión del acuerdo elegido</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Close the agreements register</source>
            <translation>Cerrar el registro de acuerdos</translation>
        </message>
        <message>
            <source>Compare version</source>
            <translation>Comparar la versión</translation>
        </message>
        <message>
            <source>with version</source>
            <translation>con la versión</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>The agreements; choose one to see its text</source>
            <translation>Los acuerdos; elija uno para ver su texto</translation>
        </message>
        <message>
            <source>The chosen agreement's text as it is in force now</source>
            <translation>El texto vigente del acuerdo elegido</translation>
        </message>
        <message>
            <source>Every version of the agreement, newest first</source>
            <translation>Todas las versiones del acuerdo, la más reciente primero</translation>
        </message>
        <message>
            <source>The older version to compare</source>
            <translation>La versión anterior que se compara</translation>
        </message>
        <message>
            <source>The newer version to compare</source>
            <translation>La versión posterior que se compara</translation>
        </message>
        <message>
            <source>Lines removed (−) and added (+) between the versions</source>
            <translation>Líneas eliminadas (−) y añadidas (+) entre las versiones</translation>
        </message>
        <message>
            <source>{name}  (v{number})</source>
            <translation>{name}  (v{number})</translation>
        </message>
        <message>
            <source> · disputes on {category}</source>
            <translation> · disputas sobre {category}</translation>
        </message>
        <message>
            <source>Version {number}, in force from {day}{category}</source>
            <translation>Versión {number}, en vigor desde el {day}{category}</translation>
        </message>
    </context>
    <context>
        <name>ChangeDeal</name>
        <message>
            <source>Change deal {name}</source>
            <translation>Cambiar negocio {name}</translation>
        </message>
        <message>
            <source>deal change</source>
            <translation>cambio de negocio</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Decision details</source>
            <translation>Detalles de la decisión</translation>
        </message>
        <message>
            <source>Who sees that the decision is carried out</source>
            <translation>Quién se encarga de que la decisión se lleve a cabo</translation>
        </message>
        <message>
            <source>No owner</source>
            <translation>Sin responsable</translation>
        </message>
        <message>
            <source>The goal that will show whether it worked</source>
            <translation>El objetivo que mostrará si ha funcionado</translation>
        </message>
        <message>
            <source>No goal</source>
            <translation>Sin objetivo</translation>
        </message>
        <message>
            <source>&amp;Review on:</source>
            <translation>&amp;Revisar el:</translation>
        </message>
        <message>
            <source>Bring the decision back on the agenda of the first meeting after</source>
            <translation>Volver a poner la decisión en el orden del día de la primera reunión posterior</translation>
        </message>
        <message>
            <source>The day to look at the decision again</source>
            <translation>El día en que se vuelve a examinar la decisión</translation>
        </message>
        <message>
            <source>&amp;Owner:</source>
            <translation>Res&amp;ponsable:</translation>
        </message>
        <message>
            <source>&amp;Goal:</source>
            <translation>&amp;Objetivo:</translation>
        </message>
        <message>
            <source>Save the owner, goal and review date (Undo takes them back)</source>
            <translation>Guardar el responsable, el objetivo y la fecha de revisión (Deshacer los revierte)</translation>
        </message>
        <message>
            <source>Close without changing the decision</source>
            <translation>Cerrar sin cambiar la decisión</translation>
        </message>
    </context>
    <context>
        <name>DecisionFromNote</name>
        <message>
            <source>There is no decision note yet: type one starting with ! and press Enter first.</source>
            <translation>Todavía no hay ninguna nota de decisión: escriba primero una que empiece por ! y pulse Intro.</translation>
        </message>
        <message>
            <source>Decision details…</source>
            <translation>Detalles de la decisión…</translation>
        </message>
        <message>
            <source>Decision details saved.</source>
            <translation>Detalles de la decisión guardados.</translation>
        </message>
    </context>
    <context>
        <name>DecisionLogDialog</name>
        <message>
            <source>Decided</source>
            <translation>Decidida</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Revisar el</translation>
        </message>
        <message>
            <source>Reviewed at</source>
            <translation>Revisada en</translation>
        </message>
        <message>
            <source>No meeting is planned on or after its review date yet: plan one, and the decision is offered for its agenda.</source>
            <translation>Todavía no hay ninguna reunión planificada en su fecha de revisión o después: planifique una y se propondrá la decisión para su orden del día.</translation>
        </message>
        <message>
            <source>Decision log</source>
            <translation>Registro de decisiones</translation>
        </message>
        <message>
            <source>D&amp;ue for review only</source>
            <translation>Solo pendientes de re&amp;visión</translation>
        </message>
        <message>
            <source>Show only decisions whose review date has come and not been met</source>
            <translation>Mostrar solo las decisiones cuya fecha de revisión ha llegado y que aún no se han revisado</translation>
        </message>
        <message>
            <source>Every decision note; Enter or a double-click edits the chosen one's details</source>
            <translation>Todas las notas de decisión; Intro o un doble clic edita los detalles de la elegida</translation>
        </message>
        <message>
            <source>&amp;Details…</source>
            <translation>De&amp;talles…</translation>
        </message>
        <message>
            <source>Edit the chosen decision's owner, goal and review date (Enter)</source>
            <translation>Editar el responsable, el objetivo y la fecha de revisión de la decisión elegida (Intro)</translation>
        </message>
        <message>
            <source>Put on &amp;agenda</source>
            <translation>Poner en el &amp;orden del día</translation>
        </message>
        <message>
            <source>Add the due decision to the first meeting planned after its review date</source>
            <translation>Añadir la decisión pendiente a la primera reunión planificada después de su fecha de revisión</translation>
        </message>
        <message>
            <source>Close the decision log</source>
            <translation>Cerrar el registro de decisiones</translation>
        </message>
        <message>
            <source>due</source>
            <translation>pendiente</translation>
        </message>
        <message numerus="yes">
            <source>%n due for review; {due} due now.</source>
            <translation>
                <numerusform>%n pendiente de revisión; pendientes ahora: {due}.</numerusform>
                <numerusform>%n pendientes de revisión; pendientes ahora: {due}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the log; {due} due now.</source>
            <translation>
                <numerusform>%n en el registro; pendientes ahora: {due}.</numerusform>
                <numerusform>%n en el registro; pendientes ahora: {due}.</numerusform>
            </translation>
        </message>
        <message>
            <source>On the agenda of {meeting}; marked reviewed there.</source>
            <translation>En el orden del día de {meeting}; marcada allí como revisada.</translation>
        </message>
        <message>
            <source>Not added — {reason}</source>
            <translation>No se ha añadido: {reason}</translation>
        </message>
    </context>
    <context>
        <name>DeleteDeal</name>
        <message>
            <source>Delete deal {name}</source>
            <translation>Eliminar negocio {name}</translation>
        </message>
        <message>
            <source>delete deal</source>
            <translation>eliminación de negocio</translation>
        </message>
    </context>
    <context>
        <name>FloorBar</name>
        <message>
            <source>No team's floor time recorded</source>
            <translation>No hay tiempo de palabra registrado para ningún equipo</translation>
        </message>
    </context>
    <context>
        <name>FunnelDialog</name>
        <message>
            <source>Facilitator CSV (a row per period and source)</source>
            <translation>CSV de Facilitator (una fila por periodo y fuente)</translation>
        </message>
        <message>
            <source>HubSpot contacts export</source>
            <translation>Exportación de contactos de HubSpot</translation>
        </message>
        <message>
            <source>Salesforce leads report</source>
            <translation>Informe de leads de Salesforce</translation>
        </message>
        <message>
            <source>Good leads</source>
            <translation>Leads buenos</translation>
        </message>
        <message>
            <source>Poor leads</source>
            <translation>Leads flojos</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>En la media</translation>
        </message>
        <message>
            <source>Too few to judge</source>
            <translation>Muy pocos para juzgar</translation>
        </message>
        <message>
            <source>Funnel</source>
            <translation>Embudo</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <source>The month or quarter whose funnel is shown</source>
            <translation>El mes o trimestre cuyo embudo se muestra</translation>
        </message>
        <message>
            <source>CSV format</source>
            <translation>Formato CSV</translation>
        </message>
        <message>
            <source>The kind of file Import CSV… reads</source>
            <translation>El tipo de archivo que lee «Importar CSV…»</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importar CSV…</translation>
        </message>
        <message>
            <source>Read a funnel export in the chosen format (Undo takes it back)</source>
            <translation>Leer una exportación del embudo en el formato elegido (Deshacer la revierte)</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periodo:</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Revenue</source>
            <translation>Ingresos</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Stage counts per source</source>
            <translation>Recuento por etapa y fuente</translation>
        </message>
        <message>
            <source>Leads at each stage, revenue and verdict per lead source, with the total</source>
            <translation>Leads en cada etapa, ingresos y valoración por fuente de leads, con el total</translation>
        </message>
        <message>
            <source>Conversion</source>
            <translation>Conversión</translation>
        </message>
        <message>
            <source>This period</source>
            <translation>Este periodo</translation>
        </message>
        <message>
            <source>Period before</source>
            <translation>Periodo anterior</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Variación</translation>
        </message>
        <message>
            <source>Conversion rates</source>
            <translation>Tasas de conversión</translation>
        </message>
        <message>
            <source>Each step's conversion rate against the period before</source>
            <translation>La tasa de conversión de cada paso frente al periodo anterior</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Goals the funnel measures</source>
            <translation>Objetivos que mide el embudo</translation>
        </message>
        <message>
            <source>The funnel's value for each goal, its target and whether it was met</source>
            <translation>El valor del embudo para cada objetivo, su meta y si se ha cumplido</translation>
        </message>
        <message>
            <source>No funnel yet: import a CSV from your CRM (Import CSV…).</source>
            <translation>Todavía no hay embudo: importe un CSV de su CRM (Importar CSV…).</translation>
        </message>
        <message>
            <source>Close the funnel</source>
            <translation>Cerrar el embudo</translation>
        </message>
        <message>
            <source>Lead sources</source>
            <translation>Fuentes de leads</translation>
        </message>
        <message>
            <source>About average: {sources}.</source>
            <translation>En torno a la media: {sources}.</translation>
        </message>
        <message>
            <source>Too few leads to judge: {sources}.</source>
            <translation>Muy pocos leads para juzgar: {sources}.</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>No cumplido</translation>
        </message>
        <message>
            <source>Import funnel</source>
            <translation>Importar embudo</translation>
        </message>
        <message numerus="yes">
            <source>%n period</source>
            <translation>
                <numerusform>%n periodo</numerusform>
                <numerusform>%n periodos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n periods</source>
            <translation>
                <numerusform>%n periodo</numerusform>
                <numerusform>%n periodos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n row for {periods} from {file}.</source>
            <translation>
                <numerusform>Se ha importado %n fila para {periods} desde {file}.</numerusform>
                <numerusform>Se han importado %n filas para {periods} desde {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n rows for {periods} from {file}.</source>
            <translation>
                <numerusform>Se ha importado %n fila para {periods} desde {file}.</numerusform>
                <numerusform>Se han importado %n filas para {periods} desde {file}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportFunnelCommand</name>
        <message>
            <source>Import {file}</source>
            <translation>Importar {file}</translation>
        </message>
        <message>
            <source>import</source>
            <translation>importación</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… y {count} más</translation>
        </message>
        <message>
            <source>Nothing from {file} was imported:</source>
            <translation>No se ha importado nada de {file}:</translation>
        </message>
    </context>
    <context>
        <name>NeutralityDialog</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Ventas</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Marketing</translation>
        </message>
        <message>
            <source>Shared</source>
            <translation>Compartido</translation>
        </message>
        <message>
            <source>Sales share</source>
            <translation>Cuota de Ventas</translation>
        </message>
        <message>
            <source>Raised S / M</source>
            <translation>Planteadas V / M</translation>
        </message>
        <message>
            <source>Settled →S / →M / comp. / esc.</source>
            <translation>Resueltas →V / →M / comp. / esc.</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source> (+{count} not recorded)</source>
            <translation> (+{count} sin registrar)</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Equilibrada</translation>
        </message>
        <message>
            <source>Neutrality report</source>
            <translation>Informe de neutralidad</translation>
        </message>
        <message>
            <source>The quarter whose meetings are weighed</source>
            <translation>El trimestre cuyas reuniones se analizan</translation>
        </message>
        <message>
            <source>&amp;Quarter</source>
            <translation>&amp;Trimestre</translation>
        </message>
        <message>
            <source>Each meeting's floor time per team, disputes raised and how they were settled</source>
            <translation>Tiempo de palabra por equipo en cada reunión, disputas planteadas y cómo se resolvieron</translation>
        </message>
        <message>
            <source>Close the neutrality report</source>
            <translation>Cerrar el informe de neutralidad</translation>
        </message>
        <message>
            <source>Each meeting of the quarter:</source>
            <translation>Cada reunión del trimestre:</translation>
        </message>
        <message>
            <source>No meeting has been held yet: the report fills as they are.</source>
            <translation>Todavía no se ha celebrado ninguna reunión: el informe se irá completando a medida que se celebren.</translation>
        </message>
        <message numerus="yes">
            <source>{quarter}, %n meeting held: {summary}</source>
            <translation>
                <numerusform>{quarter}, %n reunión celebrada: {summary}</numerusform>
                <numerusform>{quarter}, %n reuniones celebradas: {summary}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{quarter}, %n meetings held: {summary}</source>
            <translation>
                <numerusform>{quarter}, %n reunión celebrada: {summary}</numerusform>
                <numerusform>{quarter}, %n reuniones celebradas: {summary}</numerusform>
            </translation>
        </message>
        <message>
            <source>Balanced: neither team held over {percent} % of the floor, and neither raised nor won most disputes.</source>
            <translation>Equilibrado: ningún equipo ha tenido más del {percent} % del tiempo de palabra, y ninguno ha planteado ni ganado la mayoría de las disputas.</translation>
        </message>
    </context>
    <context>
        <name>PutOnAgenda</name>
        <message>
            <source>Put on the agenda of {meeting}</source>
            <translation>Poner en el orden del día de {meeting}</translation>
        </message>
        <message>
            <source>review</source>
            <translation>revisión</translation>
        </message>
    </context>
    <context>
        <name>RecordVersion</name>
        <message>
            <source>New version of “{name}”</source>
            <translation>Nueva versión de «{name}»</translation>
        </message>
        <message>
            <source>agreement version</source>
            <translation>versión de acuerdo</translation>
        </message>
    </context>
    <context>
        <name>SetDecision</name>
        <message>
            <source>Set decision details</source>
            <translation>Fijar los detalles de la decisión</translation>
        </message>
        <message>
            <source>decision details</source>
            <translation>detalles de la decisión</translation>
        </message>
    </context>
    <context>
        <name>SettlementBox</name>
        <message>
            <source>Which way the resolved dispute was settled</source>
            <translation>A favor de quién se resolvió la disputa</translation>
        </message>
    </context>
    <context>
        <name>SettlementButtons</name>
        <message>
            <source>Say which way it was settled.</source>
            <translation>Indique a favor de quién se resolvió.</translation>
        </message>
        <message>
            <source>Towards &amp;Sales</source>
            <translation>A favor de &amp;Ventas</translation>
        </message>
        <message>
            <source>Towards &amp;Marketing</source>
            <translation>A favor de &amp;Marketing</translation>
        </message>
        <message>
            <source>&amp;Compromise</source>
            <translation>&amp;Acuerdo intermedio</translation>
        </message>
        <message>
            <source>The dispute was settled the way Sales asked</source>
            <translation>La disputa se resolvió como pedía Ventas</translation>
        </message>
        <message>
            <source>The dispute was settled the way Marketing asked</source>
            <translation>La disputa se resolvió como pedía Marketing</translation>
        </message>
        <message>
            <source>Both teams gave ground: neither side's way was taken whole</source>
            <translation>Ambos equipos cedieron: no se adoptó por completo la postura de ninguno</translation>
        </message>
    </context>
    <context>
        <name>VersionDialog</name>
        <message>
            <source>New agreement</source>
            <translation>Nuevo acuerdo</translation>
        </message>
        <message>
            <source>New version of an agreement</source>
            <translation>Nueva versión de un acuerdo</translation>
        </message>
        <message>
            <source>No dispute category</source>
            <translation>Sin categoría de disputa</translation>
        </message>
        <message>
            <source>Record it; Undo in the window that opened this takes it back</source>
            <translation>Registrarlo; Deshacer en la ventana que abrió este diálogo lo revierte</translation>
        </message>
        <message>
            <source>Close without recording anything</source>
            <translation>Cerrar sin registrar nada</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Dispute &amp;category:</source>
            <translation>Categoría de dis&amp;puta:</translation>
        </message>
        <message>
            <source>&amp;Agreement:</source>
            <translation>&amp;Acuerdo:</translation>
        </message>
        <message>
            <source>&amp;Text:</source>
            <translation>&amp;Texto:</translation>
        </message>
        <message>
            <source>In force &amp;from:</source>
            <translation>En &amp;vigor desde:</translation>
        </message>
        <message>
            <source>Agreed at &amp;meeting:</source>
            <translation>Acordado en la &amp;reunión:</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decisión:</translation>
        </message>
        <message>
            <source>Led to by:</source>
            <translation>Origen:</translation>
        </message>
        <message>
            <source>A short name for the agreement</source>
            <translation>Un nombre breve para el acuerdo</translation>
        </message>
        <message>
            <source>The kind of dispute this agreement settles, if any</source>
            <translation>El tipo de disputa que regula este acuerdo, si lo hay</translation>
        </message>
        <message>
            <source>The agreement that gets a new version</source>
            <translation>El acuerdo que recibe una nueva versión</translation>
        </message>
        <message>
            <source>The whole text of the agreement as it will read</source>
            <translation>El texto completo del acuerdo tal como quedará</translation>
        </message>
        <message>
            <source>The day this version takes effect</source>
            <translation>El día en que entra en vigor esta versión</translation>
        </message>
        <message>
            <source>The meeting at which it was agreed</source>
            <translation>La reunión en la que se acordó</translation>
        </message>
        <message>
            <source>The decision note of that meeting that led to it</source>
            <translation>La nota de decisión de esa reunión que dio origen a él</translation>
        </message>
        <message>
            <source>No meeting</source>
            <translation>Sin reunión</translation>
        </message>
        <message>
            <source>No decision note</source>
            <translation>Sin nota de decisión</translation>
        </message>
        <message>
            <source>Record a new version of the {agreement}?</source>
            <translation>¿Registrar una nueva versión de «{name}»?</translation>
        </message>
        <message>
            <source>Record a new version of an agreement on {category}?</source>
            <translation>¿Registrar una nueva versión de un acuerdo sobre {category}?</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>Dispute resolved: {title}</source>
            <translation>Disputa resuelta: {title}</translation>
        </message>
    </context>
    <context>
        <name>WinLossDialog</name>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>Deal</source>
            <translation>Negocio</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <source>Rundown</source>
            <translation>Repaso</translation>
        </message>
        <message>
            <source>Campaign idea</source>
            <translation>Idea de campaña</translation>
        </message>
        <message>
            <source>No deals closed in this quarter yet.</source>
            <translation>Todavía no se ha cerrado ningún negocio en este trimestre.</translation>
        </message>
        <message>
            <source>By campaign (won–lost): {campaigns}.</source>
            <translation>Por campaña (ganados–perdidos): {campaigns}.</translation>
        </message>
        <message>
            <source>Campaign ideas from lost deals: {count}.</source>
            <translation>Ideas de campaña de negocios perdidos: {count}.</translation>
        </message>
        <message>
            <source>Campaign ideas from lost deals: none.</source>
            <translation>Ideas de campaña de negocios perdidos: ninguna.</translation>
        </message>
        <message>
            <source>The deal's name, as the CRM knows it</source>
            <translation>El nombre del negocio tal como figura en el CRM</translation>
        </message>
        <message>
            <source>Whether the deal was won or lost</source>
            <translation>Si el negocio se ganó o se perdió</translation>
        </message>
        <message>
            <source>The main reason it was won or lost</source>
            <translation>El motivo principal por el que se ganó o se perdió</translation>
        </message>
        <message>
            <source>A new reason; Add reason puts it on the list</source>
            <translation>Un motivo nuevo; «Añadir motivo» lo incorpora a la lista</translation>
        </message>
        <message>
            <source>Add the typed reason to the list for this outcome</source>
            <translation>Añadir el motivo escrito a la lista de este resultado</translation>
        </message>
        <message>
            <source>The campaign the deal came from</source>
            <translation>La campaña de la que procede el negocio</translation>
        </message>
        <message>
            <source>The deal's amount, in euros</source>
            <translation>El importe del negocio, en euros</translation>
        </message>
        <message>
            <source>The day the deal closed; it decides the quarter</source>
            <translation>El día en que se cerró el negocio; determina el trimestre</translation>
        </message>
        <message>
            <source>The meeting whose rundown took the deal up</source>
            <translation>La reunión en cuyo repaso se trató el negocio</translation>
        </message>
        <message>
            <source>For a lost deal: a campaign idea it suggests</source>
            <translation>Para un negocio perdido: una idea de campaña que sugiere</translation>
        </message>
        <message>
            <source>Clear the form for a deal not yet in the list</source>
            <translation>Vaciar el formulario para un negocio que aún no está en la lista</translation>
        </message>
        <message>
            <source>Delete the chosen deal (Undo brings it back)</source>
            <translation>Eliminar el negocio elegido (Deshacer lo recupera)</translation>
        </message>
        <message>
            <source>Store the deal as the form shows it</source>
            <translation>Guardar el negocio tal como lo muestra el formulario</translation>
        </message>
        <message>
            <source>Close the win/loss window</source>
            <translation>Cerrar la ventana de ganados/perdidos</translation>
        </message>
        <message>
            <source>Win/loss</source>
            <translation>Ganados/perdidos</translation>
        </message>
        <message>
            <source>The quarter before (Alt+Left)</source>
            <translation>El trimestre anterior (Alt+Left)</translation>
        </message>
        <message>
            <source>The quarter after (Alt+Right)</source>
            <translation>El trimestre siguiente (Alt+Right)</translation>
        </message>
        <message>
            <source>The quarter's closed deals; choose one to edit it in the form below</source>
            <translation>Los negocios cerrados del trimestre; elija uno para editarlo en el formulario de abajo</translation>
        </message>
        <message>
            <source>A reason not on the list</source>
            <translation>Un motivo que no está en la lista</translation>
        </message>
        <message>
            <source>&amp;Add reason</source>
            <translation>Añadir mo&amp;tivo</translation>
        </message>
        <message>
            <source>What marketing could try to win the next one</source>
            <translation>Qué podría intentar marketing para ganar el próximo</translation>
        </message>
        <message>
            <source>Dea&amp;l:</source>
            <translation>&amp;Negocio:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Res&amp;ultado:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Campai&amp;gn:</source>
            <translation>&amp;Campaña:</translation>
        </message>
        <message>
            <source>A&amp;mount:</source>
            <translation>&amp;Importe:</translation>
        </message>
        <message>
            <source>&amp;Closed on:</source>
            <translation>Cerrado e&amp;l:</translation>
        </message>
        <message>
            <source>R&amp;undown:</source>
            <translation>Reunión de re&amp;paso:</translation>
        </message>
        <message>
            <source>Campaign &amp;idea:</source>
            <translation>Idea de c&amp;ampaña:</translation>
        </message>
        <message>
            <source>&amp;New deal</source>
            <translation>Nue&amp;vo negocio</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Not brought to a rundown</source>
            <translation>No se llevó a ningún repaso</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>Sin motivo indicado</translation>
        </message>
        <message>
            <source>the amount: {problem}</source>
            <translation>el importe: {problem}</translation>
        </message>
        <message>
            <source>Deal added.</source>
            <translation>Negocio añadido.</translation>
        </message>
        <message>
            <source>Deal saved.</source>
            <translation>Negocio guardado.</translation>
        </message>
        <message>
            <source>Deleted {name}; Undo brings it back.</source>
            <translation>Se ha eliminado {name}; Deshacer lo recupera.</translation>
        </message>
        <message>
            <source>Reason added to the {outcome} list.</source>
            <translation>Motivo añadido a la lista «{outcome}».</translation>
        </message>
        <message>
            <source>Not saved — {reason}</source>
            <translation>No se ha guardado: {reason}</translation>
        </message>
    </context>
</TS>
