/**
 * Texts of the seeds for the prose rules' tests, as printed: sentences that must not give a finding where
 * the data agrees (docs/adr/0017, rules that read prose).
 */

/** The seed's section "Internkontrollplan" of VSS 2019 as printed (002:327-341), one paragraph each. */
export const SEED_002_327_341 = [
  'Enheterna inom VSS har samtliga egna unika kontrollmoment som följs upp i internkontrollen. ' +
    'Ekonomiservice kontrollerer beträffande leverantörsförändringar i Agresso visar att rutinerna ' +
    'fungerar bra och att betalinfon till leverantörerna är korrekt. När det gäller kontrollen kring ' +
    'säkerhetsparametrar i Agresso har inga ändringar gjorts under 2019 utan förändringar har endast ' +
    'varit kopplat till uppgradering av ekonomisystemet. Ekonomiservice har även ett kontrollmoment ' +
    'kopplat till hantering av beslutsattester. Resultatet bedöms som delvis tillfredställande beroende ' +
    'på att i vissa fall saknas delegaters namnteckning på beslutsattestansökan, samt att kontroller ' +
    'försvåras då behörighet saknas till andra nämnders diarium där delegationsbeslut kring ' +
    'beslutsattester ska registreras.',
  'Kontrollen av HR service hantering av inköpskort visar att vissa brister finns beträffande ' +
    'förekomsten av kvitton samt inköp från icke ramavtalsleverantörer där sådana finns. Efter ett ' +
    'tillbud där obehörig person tagit sig in i verksamhetens lokaler har rutiner setts över och klargörs' +
    ' för befintliga och nya medarbetare. Rutinen för signering i Heroma fungerar bra, medan kontroll av ' +
    'underlag för flexitidsstämplingar kräver en ny rutin som införs där enhetschef signerar. Slutsatsen ' +
    'av kontrollerna är delvis tillfredsställande och att kontrollmomenten får vara kvar oförändrade till' +
    ' 2020.',
  'Kontakt Linköping har utfört planerade mätningar beträffande belastningsmönster och kundnöjdhet. För' +
    ' mätperioden april till augusti har 105 068 ärenden registrerats, varav merparten, 77 % är via ' +
    'telefon, Kundnöjdhet har mätts genom 2 350 enkäter och högst resultat erhålls för engagemang (82 %) ' +
    'och generell nöjdhet (77 %). Lägst procent har uppkläring (66 %).',
  'LK-datas internkontroll avser perioden januari-augusti 2019. Rutiner för change- och ' +
    'releaseprocesserna kommer att ses över hösten 2019. Enhetens interna rutiner beträffande ekonomi ' +
    'kopplat till PM3 behöver revideras och anpassas till den kammungemensamma lösningen som är under ' +
    'framtagande. När det gäller leverantörshantering sker en löpande bevakning under året. Uppföljning ' +
    'görs två gånger per år och visar att processen fungerar. Volymen avtal inom PM3 är dock fortfarande ' +
    'begränsad. Det är oklart vad verksamheten själva ska hantera och vad som ska hanteras hos LK-datas. ' +
    'Rutin mellan PM3 och Change är under framtagande. Vissa förändringsarbeten sker utanför ' +
    'Changeprocessen då den upplevs som administrativt tung och inte ger det stöd som önskas. ' +
    'Ansvarsområdet applikationsförvaltning är nytt område och verksamheten är under uppbyggnad och ' +
    'rutiner är ej framtagna ännu. Kontroll av resursförsörjningen visar ett stort rekryteringsbehov och ' +
    'det är svårt att rekrytera rätt personer kopplat till det rådande marknadsläget. Fördelning av ' +
    'uppdrag via PULS möten och planering i Antura fungerar relativt bra, men ibland sker fördelning ' +
    'utanför systemet och gruppchefer uppger att de saknar översikt. Slutsats av kontrollerna är att ' +
    'momenten fortfarande är aktuella och får kvarstå till kommande års internkontroll.',
  'Stadsarkivets kontroller beträffande rutiner kring inköpskort, säkerhet i verksamhetslokaler, ' +
    'kontroll kring personalens stämplingar i Kom & Gå och kontroll av underlag till löneutbetalning ' +
    'visar inga brister.',
  'Några gemensamma kontrollmoment finns inom personalområdet, bland annat avseende god introduktion ' +
    'och professionella avslut. Kontrollen visar att nya medarbetare får ett introduktionsprogram av chef' +
    ' samt har uppföljning av introduktionen. I enstaka fall verkar dock introduktionen ha vissa brister.' +
    ' Medarbetare som avslutar sin anställning har avgångssamtal med sin chef och erhåller ' +
    'tjänstgöringsbetyg. Resultatet bedöms som tillfredsställande men att viss förbättring bör kunna ske ' +
    'beträffande medarbetarnas introduktion i vissa fall.',
  'När det gäller månadsvisa kontrollen av chefers signering av utanordningslistor så fungerar det ' +
    'tillfredsställande. Kontroll av underlag av flexitidsstämplingar visar ett otillfredsställande ' +
    'resultat både vad gäller att anställda med flexitidsavtal erhåller tjänstgöringsrapporten samt att ' +
    'tjänstgöringsrapporten signeras. Rutinen behöver ses över och förbättras.',
];
