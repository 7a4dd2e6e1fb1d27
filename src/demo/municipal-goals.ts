/**
 * The five målområden and the three sets of kommunövergripande mål the seed documents print, with their
 * descriptions exactly as printed (paragraphs joined with a blank line; markdown ** and # stripped).
 */
import type { GoalAreaRow, MunicipalGoalSet } from './builders.ts';

/** The målområden with the sentence that describes each (000:15, 37, 55, 67, 79). */
export const GOAL_AREAS: readonly GoalAreaRow[] = [
  {
    name: 'Samhälle',
    description:
      'Målområde samhälle beskriver vad kommunen ska uppnå för att utveckla närmiljön och Linköping som plats.',
  },
  {
    name: 'Medborgare',
    description:
      'Målområde medborgare beskriver vad kommunen ska uppnå i tjänster och service för att tillgodose medborgarnas behov och förväntningar.',
  },
  {
    name: 'Ekonomi',
    description: 'Målområde ekonomi beskriver vad kommunen ska uppnå för en stabil och god ekonomi.',
  },
  {
    name: 'Verksamhet',
    description:
      'Målområde verksamhet beskriver hur arbetsprocesser och organisation ska utvecklas för att uppnå goda resultat.',
  },
  {
    name: 'Medarbetare',
    description: 'Målområde medarbetare beskriver hur medarbetarnas resurser ska tillvaratas och utvecklas.',
  },
];

/**
 * Budget 2019 (KF), known only from the VSS follow-ups, which print the names without descriptions
 * (002:364, 372, 380, 385, 390, 398, 416).
 */
export const MUNICIPAL_GOALS_2019: MunicipalGoalSet = {
  key: 2019,
  validFromYear: 2019,
  validToYear: 2019,
  goals: [
    { area: 'Ekonomi', name: 'Kostnadseffektiv verksamhet', source: '002:364', description: [] },
    { area: 'Ekonomi', name: 'Hållbar ekonomi', source: '002:372', description: [] },
    {
      area: 'Verksamhet',
      name: 'Hög servicenivå med ett gott bemötande',
      source: '002:380',
      description: [],
    },
    { area: 'Verksamhet', name: 'Effektiva och hållbara arbetsmetoder', source: '002:385', description: [] },
    { area: 'Verksamhet', name: 'Verksamhet med god utvecklingsförmåga', source: '002:390', description: [] },
    { area: 'Medarbetare', name: 'Attraktiv arbetsgivare', source: '002:398', description: [] },
    { area: 'Medarbetare', name: 'God och hållbar kompetensförsörjning', source: '002:416', description: [] },
  ],
};

/** Budget 2020 med plan för 2021-2023 (KF 2019-05-28), as printed in KS internbudget 2020 (001:383-455). */
export const MUNICIPAL_GOALS_2020: MunicipalGoalSet = {
  key: 2020,
  validFromYear: 2020,
  validToYear: 2022,
  goals: [
    {
      area: 'Samhälle',
      name: 'Ett attraktivt och tryggt Linköping',
      source: '001:389-391',
      description: [
        'Linköping är den ekonomiska motorn i en växande region. Alla tar ansvar för varandra i en kommun som växer på ett socialt hållbart sätt. Organisationer och näringsliv ges förutsättningar att göra skillnad för ökad social sammanhållning och trygghet. I utvecklingen av Linköping har tätort och landsbygd lika hög prioritet. Helheten är i fokus när nya stadsdelar planeras och trafiksystemet utvecklas. Stadsmiljön är attraktiv och har en hög kvalitet där tillgänglighet för samtliga trafikslag också värnas och utvecklas. Linköpings kommun skapar förutsättningar för en hög och jämn byggtakt där fler får möjlighet att förverkliga drömmen om ett eget boende.',
      ],
    },
    {
      area: 'Samhälle',
      name: 'Ett klimatsmart Linköping',
      source: '001:393-395',
      description: [
        'Linköping tar täten i miljö- och klimatarbetet som bygger på samsyn och långsiktighet. Därför är det självklart att Linköpings kommun står bakom Agenda 2030 och de globala målen för att uppnå social, ekonomisk och miljömässig hållbarhet. Linköpings kommun är positiv till ny teknik och prioriterar miljö- och klimatarbetet med målet att Linköping ska bli koldioxidneutralt år 2025. Linköpings kommun värnar äganderätten och skogens betydelse för landsbygden och miljö- och klimatarbetet. Linköping har fantastisk natur med högt egenvärde som alla får ta del av.',
      ],
    },
    {
      area: 'Samhälle',
      name: 'Ett företagsamt Linköping',
      source: '001:397-399',
      description: [
        'Linköpings ekonomiska utveckling är beroende av ett livskraftigt och mångfasetterat näringsliv och ett gott företagsklimat. Med välmående och framgångsrika företag har Linköping lägre arbetslöshet, högre tillväxt och bättre förutsättningar att finansiera välfärdstjänster. Det är enkelt att starta, driva och utveckla företag i Linköping, både i staden och på landsbygden. Näringslivets livskraft ökar genom goda kommunikationer med flyg, järnväg och bil med Linköping City Airport som en viktig regional funktion.',
      ],
    },
    {
      area: 'Samhälle',
      name: 'Ett Linköping med rikt kultur-, fritids- och idrottsliv',
      source: '001:401-403',
      description: [
        'När Linköping växer och utvecklas ges kulturen, fritiden och idrotten utrymme i planeringen av nya och växande områden. Kultur-, fritids- och idrottslivet ger möjlighet till en aktiv och meningsfull fritid, god hälsa, upplevelser och gemenskap. Det kommunala stödet till kultur stimulerar skapande och utövande som är tillgängligt för alla. Alla barn och ungdomar i Linköping ges likvärdiga förutsättningar att utöva sin idrott. Anläggningar för spontanidrott är tillgängliga, säkra och trygga miljöer.',
      ],
    },
    {
      area: 'Medborgare',
      name: 'Välfärdstjänster med hög kvalitet, tillgänglighet och individen i centrum',
      source: '001:409-411',
      description: [
        'I Linköping ges snabb, tillgänglig och korrekt service genom digitala lösningar. Företagens situation underlättas genom effektiva och förutsebara regler. Vård- och omsorgstjänster ges utifrån en helhetssyn på den enskilde. Alla Linköpingsbor kan åldras med värdighet där kommunen tillgodoser dem med störst behov. I Linköping finns många alternativ som individen själv väljer mellan. Det civila samhället är en naturlig samarbetspartner i att skapa fler kontaktytor och ge ett bättre stöd till individen med fokus på närhet och gemenskap. Kommunens välfärdstjänster kännetecknas av trygghet, värdighet och delaktighet oavsett utförare.',
      ],
    },
    {
      area: 'Medborgare',
      name: 'Stark gemenskap och människor i arbete',
      source: '001:413-415',
      description: [
        'I Linköping går människor från bidragsberoende och utanförskap in i arbete och gemenskap. Jobb och välfärd prioriteras framför bidrag för en långsiktigt hållbar utveckling. I Linköping söks alltid den kortaste vägen till att kunna försörja sig själv och därmed den snabbaste vägen till integrationen för nyanlända. Linköpings kommun är, tillsammans med Arbetsförmedlingen och företag, en aktiv part i arbetet med bra utbildningsinsatser, extratjänster, serviceyrken och praktikplatser riktade till långtidsarbetslösa med försörjningsstöd för ett vuxenliv i arbete. Utifrån sin förmåga är alla människor delaktiga i arbetslivet och tar ansvar för sin försörjning. Genom tydliga krav på ansträngning stöds individer att gå från bidrag till arbete och gemenskap.',
      ],
    },
    {
      area: 'Medborgare',
      name: 'Hög kunskap med skolor i framkant',
      source: '001:417-419',
      description: [
        'Linköping är den bästa kommunen för barn och unga att växa upp i. Alla elever har en bra skola där eleven möts av höga förväntningar, en trygg och lugn miljö samt får rätt hjälpmedel för att nå sin fulla potential. Kunniga och engagerade lärare arbetar i Linköpings skolor eftersom kommunen ligger i framkant inom skolutveckling. Familjer ser olika ut och har olika förutsättningar och önskemål, därför finns både flexibilitet och valfrihet i barnomsorgen. Mindre barngrupper med fokus på varje barns behov prioriteras högt.',
      ],
    },
    {
      area: 'Ekonomi',
      name: 'Kostnadseffektiv verksamhet',
      source: '001:425-427',
      description: [
        'Linköpings kommuns verksamhet såväl inom kommunen som hos privata utförare är kostnadseffektiv och möter i hög utsträckning målgruppens behov. Kommunens verksamheter utvecklas ständigt genom prioriteringar, effektiviseringar och förnyelse för att säkerställa fortsatt kostnadseffektivitet.',
      ],
    },
    {
      area: 'Ekonomi',
      name: 'Hållbar ekonomi',
      source: '001:429-431',
      description: [
        'Linköpings kommun präglas av ansvarstagande i såväl goda som sämre tider, det är god ordning och reda på ekonomin. Det finns ett långsiktigt tänkande där intäkter och kostnader är i balans över åren. Det möjliggör satsningar för att stärka och utveckla välfärdens kärnverksamheter. Kommunkoncernen har en stabil ekonomi och långsiktig tillväxt i balans så att framtida kommuninvånare kan räkna med god kvalitet på kommunal verksamhet, service och anläggningar. Investeringar i kommunens kärnverksamheter prioriteras för framtiden utan ökat skattetryck.',
      ],
    },
    {
      area: 'Verksamhet',
      name: 'Effektiv organisation med goda resultat',
      source: '001:437-439',
      description: [
        'I Linköpings kommun bedrivs verksamhet av god kvalitet med Linköpingsborna i centrum. Sambandet mellan resurser, prestationer, resultat och effekter är centralt i planering, uppföljning och utvecklingsarbete. Med en öppen och tillåtande attityd för nya lösningar arbetar kommunen aktivt för att utnyttja digitaliseringens möjligheter. Detta för att effektivisera verksamheten och skapa bättre tjänster för kommunens invånare. Individuer, föreningar och företag bidrar till att driva Linköping framåt och ska därför ges goda villkor för att delta i utformning och leverans av välfärdstjänster.',
      ],
    },
    {
      area: 'Verksamhet',
      name: 'Hållbar verksamhetsutveckling',
      source: '001:441-443',
      description: [
        'I Linköpings kommun gynnar all verksamhetsutveckling en hållbar utveckling. De globala målen är ledstjärnor i arbetet där arbetet med minskad användning och utfasning av farliga ämnen är ett prioriterat område. Det bedrivs ett kontinuerligt jämställdhets- och mångfaldsarbete för att säkerställa eller utveckla kvaliteten i verksamheterna.',
      ],
    },
    {
      area: 'Medarbetare',
      name: 'Attraktiv arbetsgivare',
      source: '001:449-451',
      description: [
        'I Linköpings kommun känner varje medarbetare arbetsglädje och stolthet, har inflytande och delaktighet. Serviceyrken inom skola och omsorg stärker förutsättningarna för att utveckla kvaliteten i välfärdstjänsterna genom att befintlig personal avlastas och frigörs för att driva utveckling. Kommunens arbetsplatser präglas av jämställdhet, mångfald och goda arbetsvillkor. Medarbetarna är ambassadörer som gärna rekommenderar sin arbetsplats till andra.',
      ],
    },
    {
      area: 'Medarbetare',
      name: 'Hållbar kompetensförsörjning',
      source: '001:453-455',
      description: [
        'Linköpings kommun arbetar systematiskt med att attrahera, introducera, utveckla och behålla medarbetare för att säkra kompetensförsörjningen. Genom att organisera arbetet på nya sätt, använda digital teknik och hitta vägar för ett livslångt lärande skapas förutsättningar för att säkra resurser till den kommunala verksamheten. Nya metoder för att attrahera, utveckla och behålla kompetens i kommunen utvecklas för att möta framtidens behov av kompetens.',
      ],
    },
  ],
};

/**
 * Budget 2023 med plan för 2024-2028, as printed in VSS förvaltningsbudget 2023 (000:11-87). In "Stark
 * gemenskap och människor i arbete" a page break splits one paragraph (000:45-47); it is joined.
 */
export const MUNICIPAL_GOALS_2023: MunicipalGoalSet = {
  key: 2023,
  validFromYear: 2023,
  validToYear: null,
  goals: [
    {
      area: 'Samhälle',
      name: 'Ökad trygghet, säkerhet och minskad segregation',
      source: '000:17-21',
      description: [
        'I Linköping är det tryggt att bo, leva och verka i hela kommunen. Segregationen motverkas då den är grogrunden till mycket av kriminaliteten. Genom brottsförebyggande och brottsbekämpande insatser är Linköping en trygg kommun. Arbetet med att motverka segregation, skapa goda livschanser och ökad trygghet görs tillsammans med andra organisationer och civilsamhället. FN:s globala hållbarhetsmål Agenda 2030 är fortsatt vägledande i kommunens hållbarhetsarbete. Kommunen arbetar aktivt för ett jämställt och jämlikt samhälle.',
        'Kommunens arbete med att skapa trygghet, höjd beredskap och ökad motståndskraft i ett skärpt säkerhetspolitiskt läge ges hög prioritet. I återuppbyggnaden av totalförsvaret är Linköpings kommun en aktiv part. Linköpings kommun tar ansvar för att säkra ett starkt civilt försvar.',
      ],
    },
    {
      area: 'Samhälle',
      name: 'En ledande kommun i miljö- och klimatarbetet',
      source: '000:23-25',
      description: [
        'Linköping tar täten i miljö- och klimatarbetet som bygger på samsyn och långsiktighet. Därför är det självklart att Linköpings kommun står bakom Agenda 2030 och de globala målen för att uppnå social, ekonomisk och miljömässig hållbarhet. Linköpings kommun är positiv till ny teknik och prioriterar miljö- och klimatarbetet med målet att Linköping ska nå nettonoll växthusgasutsläpp 2045. Linköpings kommun värnar äganderätten och skogens betydelse för landsbygden och miljö- och klimatarbetet. Linköping har fantastisk natur med högt egen-värde som alla får ta del av.',
      ],
    },
    {
      area: 'Samhälle',
      name: 'Ett växande Linköping med ett starkt näringsliv och fler i jobb',
      source: '000:27-29',
      description: [
        'Linköpings ekonomiska utveckling är beroende av ett livskraftigt och mångfasetterat näringsliv och ett gott företagsklimat. Med välmående och framgångsrika företag har Linköping lägre arbetslöshet, högre tillväxt och bättre förutsättningar att finansiera välfärdstjänster. Det är enkelt att starta, driva och utveckla företag i Linköping, både i staden och på landsbygden. Företagens situation underlättas genom effektiva och förutsägbara regler. Näringslivets livskraft ökar genom goda kommunikationer med flyg, järnväg och bil med Linköping City Airport som en viktig regional funktion. Linköping är den ekonomiska motorn i en växande region. Alla tar ansvar för varandra i en kommun som växer på ett socialt hållbart sätt. Linköpings utveckling utgår från helheten när nya stadsdelar planeras. Omställningen till ett hållbart samhälle står i fokus när trafiksystemet utvecklas med samtliga trafikslag som viktiga delar. Stad och land är lika högt prioriterade. Linköpings kommun skapar förutsättningar för en hög och jämn byggtakt där fler får möjlighet att förverkliga drömmen om ett eget boende.',
      ],
    },
    {
      area: 'Samhälle',
      name: 'Ett Linköping med rikt kultur-, fritids- och idrottsliv',
      source: '000:31-33',
      description: [
        'När Linköping växer och utvecklas ges kulturen, fritiden och idrotten utrymme i planeringen av nya och växande områden. Kultur-, fritids- och idrottslivet ger möjlighet till en aktiv och meningsfull fritid, god hälsa, upplevelser och gemenskap. Det kommunala stödet till kultur stimulerar skapande och utövande som är tillgängligt för alla. Alla barn och ungdomar i Linköping ges likvärdiga förutsättningar att utöva sin idrott. Anläggningar för spontanidrott är tillgängliga, säkra och trygga miljöer.',
      ],
    },
    {
      area: 'Medborgare',
      name: 'Välfärdstjänster med hög kvalitet, tillgänglighet och individen i centrum',
      source: '000:39-41',
      description: [
        'I Linköping ges snabb, tillgänglig och korrekt service genom digitala lösningar. Vård- och omsorgstjänster ges utifrån en helhetssyn på den enskilde. Alla Linköpingsbor kan åldras med värdighet där kommunen tillgodoser dem med störst behov. I Linköping finns många alternativ som individen själv väljer mellan. Det civila samhället är en naturlig samarbetspartner i att skapa fler kontaktytor och ge ett bättre stöd till individen med fokus på närhet och gemenskap. Kommunens välfärdstjänster kännetecknas av trygghet, värdighet och delaktighet oavsett utförare.',
      ],
    },
    {
      area: 'Medborgare',
      name: 'Stark gemenskap och människor i arbete',
      source: '000:43-47',
      description: [
        'I Linköping går människor från bidragsberoende och utanförskap in i arbete och gemenskap genom stöd och med tydliga krav på individen. Jobb och välfärd prioriteras framför bidrag för en långsiktigt hållbar utveckling. I Linköping söks alltid den kortaste vägen till att kunna försörja sig själv och därmed den snabbaste vägen till integrationen för nyanlända. Linköpings kommun är, tillsammans med Arbetsförmedlingen och företag, en aktiv part i arbetet med bra utbildningsinsatser, anställningar med anställningsstöd genom arbetsförmedlingen, serviceyrken och praktikplatser riktade till långtidsarbetslösa med försörjningsstöd för ett vuxenliv i arbete. Utifrån sin förmåga är alla människor delaktiga i arbetslivet och tar ansvar för sin försörjning.',
      ],
    },
    {
      area: 'Medborgare',
      name: 'Skolor med studiero där fler klarar kunskapsmålen',
      source: '000:49-51',
      description: [
        'Linköping är den bästa kommunen för barn och unga att växa upp i. Alla elever har en bra skola där eleven möts av höga förväntningar, en trygg och lugn miljö samt får rätt hjälpmedel för att nå sin fulla potential. Kunniga och engagerade lärare arbetar i Linköpings skolor eftersom kommunen ligger i framkant inom skolutveckling. Mindre barngrupper med fokus på varje barns behov prioriteras högt.',
      ],
    },
    {
      area: 'Ekonomi',
      name: 'Kostnadseffektiv verksamhet',
      source: '000:57-59',
      description: [
        'Linköpings kommuns verksamhet såväl inom kommunen som hos privata utförare är kostnadseffektiv och möter i hög utsträckning målgruppens behov. Kommunens verksamheter utvecklas ständigt genom prioriteringar, effektiviseringar och förnyelse för att säkerställa fortsatt kostnadseffektivitet.',
      ],
    },
    {
      area: 'Ekonomi',
      name: 'Hållbar ekonomi för att värna kärnverksamheten',
      source: '000:61-63',
      description: [
        'Linköpings kommun präglas av ansvarstagande i såväl goda som sämre tider, det är god ordning och reda på ekonomin. Det finns ett tydligt fokus på kärnverksamhet och ett långsiktigt tänkande där intäkter och kostnader är i balans över åren. Det möjliggör satsningar för att stärka och utveckla välfärdens kärnverksamheter. Kommunkoncernen har en stabil ekonomi och långsiktig tillväxt i balans så att framtida kommuninvånare kan räkna med god kvalitet på kommunal verksamhet, service och anläggningar. Investeringar i kommunens kärn-verksamheter prioriteras för framtiden utan ökat skattetryck.',
      ],
    },
    {
      area: 'Verksamhet',
      name: 'Effektiv organisation med goda resultat',
      source: '000:69-71',
      description: [
        'I Linköpings kommun bedrivs verksamhet av god kvalitet med Linköpingsborna i centrum. Sambandet mellan resurser, prestationer, resultat och effekter är centralt i planering, uppföljning och utvecklingsarbete. Med en öppen och tillåtande attityd för nya lösningar arbetar kommunen aktivt för att utnyttja digitaliseringens möjligheter. Detta för att effektivisera verksamheten och skapa bättre tjänster för kommunens invånare. Individer, föreningar och företag bidrar till att driva Linköping framåt och ska därför ges goda villkor för att delta i utformning och leverans av välfärdstjänster.',
      ],
    },
    {
      area: 'Verksamhet',
      name: 'Hållbar verksamhetsutveckling',
      source: '000:73-75',
      description: [
        'I Linköpings kommun gynnar all verksamhetsutveckling en hållbar utveckling. De globala målen är ledstjärnor i arbetet där arbetet med minskad användning och utfasning av farliga ämnen är ett prioriterat område. Det bedrivs ett kontinuerligt jämställdhets- och mångfaldsarbete för att säkerställa eller utveckla kvaliteten i verksamheterna.',
      ],
    },
    {
      area: 'Medarbetare',
      name: 'Attraktiv arbetsgivare',
      source: '000:81-83',
      description: [
        'I Linköpings kommun känner varje medarbetare arbetsglädje och stolthet, har inflytande och delaktighet. Arbetsmiljön är god och ger varje medarbetare möjlighet att utvecklas. Kommunens arbetsplatser präglas av jämställdhet, mångfald, öppenhet och goda arbetsvillkor. Med en bra arbetsmiljö där medarbetarna trivs skapas ambassadörer som gärna rekommenderar sin arbetsplats till andra. Språkrav och utbildning för medarbetare med otillräckliga språkkunskaper ger högre kvalitet i välfärden. Serviceyrken inom skola och omsorg stärker förutsättningarna för att utveckla kvalitet i välfärdstjänsterna genom att befintlig personal avlastas och frigörs för att driva utveckling.',
      ],
    },
    {
      area: 'Medarbetare',
      name: 'Hållbar kompetensförsörjning',
      source: '000:85-87',
      description: [
        'Linköpings kommun arbetar systematiskt med att attrahera, introducera, utveckla och behålla medarbetare för att säkra kompetensförsörjningen. Genom att organisera arbetet på nya sätt, använda digital teknik och hitta vägar för ett livslångt lärande skapas förutsättningar för att säkra resurser till den kommunala verksamheten. Nya metoder för att attrahera, utveckla och behålla kompetens i kommunen utvecklas för att möta framtidens behov av kompetens.',
      ],
    },
  ],
};
