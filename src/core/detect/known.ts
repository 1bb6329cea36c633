/**
 * Well-known names of the news world (general knowledge, not taken from any article):
 * international organisations, agencies, armed groups, governments' bodies, news outlets and
 * agencies, platforms, and geographic names the generated place lists lack (regions, aliases).
 * "|"-separated, case as written.
 */

export const KNOWN_ORGANIZATIONS =
  // international organisations and alliances
  'Islamic State in Iraq and the Levant|Islamic State of Iraq and the Levant|Islamic State in Iraq and Syria|Islamic State of Iraq and Syria|Islamic State of Iraq|Islamic State in Iraq|' +
  'Egyptian Islamic Jihad|Palestinian Islamic Jihad|Radio France Internationale|France Médias Monde|Federal Reserve Bank of New York|European Central Bank|' +
  'House Committee on Oversight and Reform|House Oversight Committee|Senate Armed Services Committee|House Armed Services Committee|Senate Foreign Relations Committee|House Foreign Affairs Committee|' +
  'Shabab|Al Shabab|Al-Shabaab|al-Shabaab|Al Shabaab|Islamic State in the Greater Sahara|Islamic State in West Africa|Bakhtar|Bakhtar News Agency|Etilaat Roz|Etilaatroz|Junbish|TRT Haber|TRT World|Veterans of Foreign Wars|Iraq and Afghanistan Veterans of America|Concerned Veterans for America|Harvard|Harvard University|Yale University|Stanford University|Princeton University|Columbia University|Brown University|Johns Hopkins University|Attorney General\'s Office|Attorney General’s Office|' +
  'Johnson & Johnson|No One Left Behind|Refinitiv|IS-Khorasan|ISIS-Khorasan|Ariana Afghan Airlines|Kam Air|Pfizer|Moderna|AstraZeneca|Badri 313|Joint Chiefs of Staff|Joint Chiefs|Stratfor|STRATFOR|' +
  'Qaeda|Partners In Health|Partners in Health|Volunteers for the Defense of the Homeland|Volunteers for the Defence of the Homeland|Alliance Fleuve Congo|Three Brotherhood Alliance|400 Mawozo|' +
  'Condé Nast|Conde Nast|Royal Marines|Royal Navy|Royal Air Force|' +
  'Costs of War Project|Watson Institute|Analytical Support and Sanctions Monitoring Team|United States Institute of Peace|USIP|Combating Terrorism Center|Combating Terrorism Center at West Point|CTC Sentinel|' +
  'Luhansk People’s Republic|Luhansk People\'s Republic|Donetsk People’s Republic|Donetsk People\'s Republic|' +
  'United Nations|UN|U.N.|NATO|EU|European Union|European Commission|European Parliament|Council of Europe|OSCE|African Union|AU|' +
  'ECOWAS|IGAD|ASEAN|Arab League|League of Arab States|Gulf Cooperation Council|GCC|OPEC|OPEC+|G7|G20|G-7|G-20|BRICS|SCO|' +
  'Shanghai Cooperation Organization|Collective Security Treaty Organization|CSTO|Organization of Islamic Cooperation|OIC|' +
  'World Bank|IMF|International Monetary Fund|WTO|World Trade Organization|WHO|World Health Organization|UNICEF|UNHCR|UNESCO|' +
  'UNAMA|UNAMID|UNMISS|MINUSMA|MONUSCO|UNIFIL|UNRWA|OCHA|UNDP|WFP|World Food Programme|World Food Program|FAO|IAEA|ICC|' +
  'International Criminal Court|International Court of Justice|ICJ|Security Council|UN Security Council|United Nations Security Council|' +
  'United Nations General Assembly|UN General Assembly|General Assembly|' +
  'Human Rights Council|International Organization for Migration|IOM|Interpol|Europol|Frontex|' +
  'United Nations Assistance Mission in Afghanistan|UN Assistance Mission in Afghanistan|UN High Commissioner for Refugees|' +
  'United Nations High Commissioner for Refugees|Islamic State Khorasan Province|Islamic State-Khorasan Province|Islamic State – Khorasan Province|Islamic State – Khorasan|Islamic State in Iraq and the Levant – Khorasan Province|Islamic State in Iraq and the Levant-Khorasan Province|' +
  'Royal Military Academy Sandhurst|Sandhurst|' +
  // bodies of the Cold War and its wars: Vietnam, Korea, the Soviet Union and its allies; Iran's and Afghanistan's parties
  'Vietcong|Viet Cong|Vietminh|Viet Minh|Khmer Rouge|Pathet Lao|National Liberation Front|ARVN|A.R.V.N.|MACV|Military Assistance Command, Vietnam|' +
  'Warsaw Pact|Comintern|KGB|K.G.B.|Stasi|Politburo|Komsomol|Pravda|Izvestia|TASS|Tass|Novosti|Chinese People\'s Volunteers|Chinese People’s Volunteers|' +
  'Basij|Jamiat-e-Islami|Jamiat-i-Islami|Khalq|Parcham|People\'s Mujahedeen|People’s Mujahedeen|Mujahedeen-e-Khalq|' +
  'Foreign Legion|French Foreign Legion|Lloyd\'s|Lloyd’s|Lloyd\'s of London|Lloyd’s of London|Sygma|Gamma-Liaison|Bettmann|Gulf Cartel|Juárez Cartel|Juarez Cartel|' +
  'InSight Crime|Borderland Beat|Blog del Narco|Sedena|Semar|' +
  // Lebanon's and Syria's armed and financial bodies; British schools of medicine
  'Islamic Resistance in Lebanon|Al-Qard Al-Hassan|Al-Qard al-Hassan|Men of Dignity|London School of Hygiene & Tropical Medicine|London School of Hygiene and Tropical Medicine|' +
  // peacekeeping and intervention forces of the U.N. and regional bodies since 1960, and the armed groups of their wars
  'UNAMSIL|UNAMET|UNTAET|UNAMIR|UNPROFOR|UNOSOM|UNTAC|UNMIL|UNMIK|UNMIS|UNMEE|MINURSO|MINUSTAH|MINUSCA|UNOCI|ONUC|UNSMIL|UNSOM|UNFICYP|UNTSO|UNMOGIP|UNIKOM|UNSCOM|UNMOVIC|' +
  'KFOR|SFOR|IFOR|INTERFET|International Force East Timor|International Force for East Timor|ECOMOG|ECOMIL|' +
  'Revolutionary United Front|RUF|AFRC|Armed Forces Revolutionary Council|Liberians United for Reconciliation and Democracy|LURD|Movement for Democracy in Liberia|' +
  'Falintil|Fretilin|Kopassus|Wilayat Sinai|Ansar Beit al-Maqdis|Ansar Bayt al-Maqdis|Ansar Beit Al-Maqdis|al-Mourabitoun|Al-Mourabitoun|al-Murabitun|' +
  'Al-Azhar|al-Azhar|Al-Masry Al-Youm|Al-Ahram|Ahram Online|Mada Masr|Daily News Egypt|Egypt Independent|Télam|Telam|Press Association|' +
  'Royal Fleet Auxiliary|Parachute Regiment|Royal Saudi Air Force|Middle East Watch|' +
  'Foundation for Defense of Democracies|FDD|Amaq|Amaq News Agency|UN News|Department of State|Creative Commons|The Diplomat|Dow Jones|Dow Jones & Company|News Corp|New Lines|New Lines Magazine|Substack|' +
  'King’s College London|King\'s College London|Radio Free Europe/Radio Liberty|Gandhara|Special Inspector General for Afghanistan Reconstruction|WordPress|Thomson Reuters|' +
  'Jamiat-e-Islami|Jamiat-i-Islami|Junbish-e-Milli|Junbish-i-Milli|Hezb-e-Wahdat|Hizb-e-Wahdat|Tehreek-i-Taliban Pakistan|' +
  'Tehrik-e-Taliban Pakistan|Tehrik-i-Taliban Pakistan|Tehrik-e Taliban Pakistan|Tehrik-i Taliban Pakistan|Tehreek-e Taliban Pakistan|Jamaat-e-Islami|Jamiat Ulema-e-Islam|JUI-F|' +
  // humanitarian and rights groups
  'Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Red Cross|International Committee of the Red Cross|' +
  'ICRC|Red Crescent|International Rescue Committee|IRC|Save the Children|Oxfam|Greenpeace|Novaya Gazeta|Jemaah Islamiyah|Jemaah Islamiah|Islah|Saba News Agency|Libya Dawn|Libya Shield|Middle East Monitor|Government Media Office|Roskomnadzor|Komsomolskaya Pravda|Rossiyskaya Gazeta|Kommersant|Izvestia|Novaya Gazeta Europe|House of Peoples\' Representatives|House of Peoples’ Representatives|House of Federation|Gallup|Baath Party|Gezira Scheme|Baath|Ba\'ath Party|The New Humanitarian|Interahamwe|Border Guard Bangladesh|BGB|Ministry for Europe and Foreign Affairs|Syrian Arab News Agency|Council of Europe|Investigative Committee|General Security|General Security Service|General Security Directorate|Mercy Corps|Amnesty International|' +
  'Human Rights Watch|HRW|Crisis Group|International Crisis Group|Norwegian Refugee Council|NRC|Islamic Relief|Caritas|' +
  'Magen David Adom|El Al|Civil Defense|Civil Defence|U.S. News & World Report|' +
  'Black Sea Fleet|Northern Fleet|Pacific Fleet|Baltic Fleet|Fifth Fleet|Sixth Fleet|Seventh Fleet|' +
  'World Central Kitchen|CARE International|Action Against Hunger|Relief International|World Vision|World Vision International|Danish Refugee Council|Concern Worldwide|Welthungerhilfe|Catholic Relief Services|Samaritan\'s Purse|Direct Relief|Norwegian People\'s Aid|' +
  // famine and food-security monitors, Sudan's neighbourhood aid groups
  'Integrated Food Security Phase Classification|Famine Early Warning Systems Network|FEWS NET|Famine Review Committee|Emergency Response Rooms|' +
  'Encyclopaedia Britannica|Encyclopedia Britannica|Britannica|' +
  'Committee to Protect Journalists|CPJ|Reporters Without Borders|RSF|Airwars|ACLED|Bellingcat|Transparency International|' +
  // Iraq and Syria: parties, armed groups, occupation bodies and monitors of the wars since 2003
  'Al Qaeda in Mesopotamia|Sons of Iraq|Iraq Body Count|Supreme Council for the Islamic Revolution in Iraq|SCIRI|Islamic Supreme Council of Iraq|Tawhid and Jihad|Jamaat al-Tawhid wal-Jihad|' +
  'Anbar Awakening|Awakening Councils|Coalition Provisional Authority|Iraqi Governing Council|Multi-National Force–Iraq|Multi-National Force-Iraq|Multinational Force-Iraq|Jaish al-Mahdi|Mahdi Army|' +
  'Badr Brigade|Badr Brigades|Badr Organization|Jabhat al-Nusra|Hurras al-Din|Hei\'at Tahrir al-Sham|Jaish al-Islam|Jaish al-Fatah|Faylaq al-Rahman|Blackwater USA|Code Pink|CodePink|' +
  // Mexico's cartels and gangs, outlets, agencies and bodies
  'Los Zetas|Zetas|La Familia Michoacana|La Familia|Knights Templar|Caballeros Templarios|Guerreros Unidos|La Línea|Barrio Azteca|Artistas Asesinos|Beltrán Leyva Organization|Beltrán Leyva cartel|' +
  'Pemex|Milenio|Proceso|La Jornada|Excélsior|INEGI|National Institute of Statistics and Geography|Inter-American Commission on Human Rights|IACHR|Inter-American Court of Human Rights|' +
  // Sri Lanka's war
  // ("the Tigers", as the news calls them; a sports team so named is an organisation too)
  'Liberation Tigers of Tamil Eelam|Liberation Tigers|Tigers|LTTE|L.T.T.E.|Tamil Tigers|Sea Tigers|Black Tigers|TamilNet|University Teachers for Human Rights|' +
  // monitors, campaigns and bodies of other wars; satellite-imagery firms; the Group of Eight
  // standing coalitions named as operations (other operations' names are no entity: name-chain.ts)
  'Operation Prosperity Guardian|Operation Inherent Resolve|' +
  // French and European forces named after their operation (other operations' names are no entity: name-chain.ts)
  'Barkhane|Operation Barkhane|Operation Serval|Takuba|Takuba Task Force|Task Force Takuba|Élysée|Elysée|Elysee|' +
  // Myanmar's, Iraq's and Ethiopia's bodies, outlets and monitors
  'Democratic Voice of Burma|Pyidaungsu Hluttaw|Committee Representing Pyidaungsu Hluttaw|CRPH|State Administration Council|Assistance Association for Political Prisoners|AAPP|' +
  'UNAMI|Unami|Sunni Endowment|Shiite Endowment|Combined Joint Task Force-Operation Inherent Resolve|Combined Joint Task Force – Operation Inherent Resolve|CJTF-OIR|Tigrai Media House|' +
  'Eurojust|Europol|Frontex|South Asia Terrorism Portal|Nusra|Syria Civil Defense|Syria Civil Defence|Syrian Civil Defense|Janjawid|Jingaweit|Janjawiid|Save Darfur|Save Darfur Coalition|Concord Management and Consulting|' +
  // companies of defence, energy, finance and industry news whose names are no common word (not Shell, Apple, Visa, Oracle)
  'Siemens|Siemens Energy|Philips|Citi|Samsung|Sony|Exxon Mobil|Intel|IBM|UBS|Credit Suisse|Euroclear|MoneyGram|DHL|FedEx|Unilever|Nestlé|Bayer|' +
  'Volkswagen|BMW|Mercedes-Benz|Mercedes-Benz Group|Renault|Nissan|Hyundai|Thales|KNDS|Roketsan|Aselsan|Elbit|Deloitte|KPMG|PwC|McKinsey|' +
  'Accenture|Deutsche Telekom|Hensoldt|Munich Re|Rolls-Royce|MBDA|Nammo|Safran|Dassault|Dassault Aviation|Naval Group|Fincantieri|Kongsberg|Hanwha|' +
  'Embraer|Uralvagonzavod|Kalashnikov Concern|Norinco|AVIC|Sinopec|PetroChina|CNPC|X Corp.|' +
  'HM Treasury|European Bank for Reconstruction and Development|EBRD|UN Relief and Works Agency for Palestine Refugees in the Near East|' +
  'United Nations Relief and Works Agency for Palestine Refugees in the Near East|' +
  // Yemen's, Iraq's, Ukraine's, Russia's and Armenia's parties, forces and outlets of the 2010s and 2020
  'Popular Resistance|Security Belt|Security Belt Forces|Giants Brigades|Al-Amaliqa|Al Masirah|Al-Masirah|Joint Incidents Assessment Team|' +
  'State of Law|State of Law Coalition|Badr Organization|Asaib Ahl al-Haq|Kataib Hezbollah|Popular Mobilization Forces|' +
  'Yabloko|Samopomich|Svoboda|Right Sector|Azov Battalion|Channel One|Committee of Soldiers\' Mothers|Committee of Soldiers\' Mothers of Russia|Bundesnachrichtendienst|BND|' +
  'Prosperous Armenia|Civil Contract|Bright Armenia|Dashnaktsutyun|Armenian Revolutionary Federation|Azatutyun|OSCE Minsk Group|Minsk Group|' +
  // ISAF's regional commands; Somalia's and Syria's groups and monitors
  'Regional Command South|Regional Command North|Regional Command East|Regional Command West|Regional Command Capital|Regional Command Southwest|' +
  'Harakat al-Shabab al-Mujahideen|Monitoring Group on Somalia and Eritrea|Somalia and Eritrea Monitoring Group|Ahfad al-Rasul|Liwa al-Tawhid|Ahrar al-Sham|Jaish al-Islam|' +
  'Charlie Hebdo|DW News|Standard & Poor\'s|Standard and Poor\'s|CNN Turk|CNN Türk|Bring Back Our Girls|Mejlis|Petro Poroshenko Bloc|DigitalGlobe|European Pressphoto Agency|G-8|G8|Group of Eight|Library of Congress|' +
  // academic publishers
  'Routledge|Oxford University Press|Cambridge University Press|Taylor & Francis|Columbia University Press|Yale University Press|Princeton University Press|Harvard University Press|University of Chicago Press|Brookings Institution Press|Penguin Random House|Simon & Schuster|HarperCollins|Random House|' +
  // full names of international bodies, agencies and forces ("Cooperation in Europe" would end at "in" otherwise)
  'Organization for Security and Cooperation in Europe|Organization for Security and Co-operation in Europe|Organisation for Security and Co-operation in Europe|OSCE Special Monitoring Mission|Minsk Group|' +
  'International Security Assistance Force|Islamic State–Khorasan|Islamic State–Khorasan Province|Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons|OPCW|' +
  'United Nations Children\'s Fund|United Nations Development Programme|Office of the United Nations High Commissioner for Human Rights|OHCHR|' +
  'United Nations Office for the Coordination of Humanitarian Affairs|International Atomic Energy Agency|Syrian Observatory for Human Rights|Syrian Network for Human Rights|People\'s Protection Units|' +
  'Kurdistan Workers\' Party|Kurdistan Regional Government|Islamic Revolutionary Guard Corps|African Union Transition Mission in Somalia|ATMIS|African Union Mission in Somalia|AMISOM|' +
  'Inter-Services Intelligence|Federal Security Service|Central Intelligence Agency|Federal Bureau of Investigation|National Security Agency|Defense Intelligence Agency|Joint Special Operations Command|JSOC|' +
  'U.S. Africa Command|European Council|European Council on Foreign Relations|ECFR|Council of the European Union|Federation Council|Wolesi Jirga|Meshrano Jirga|Dutch Safety Board|' +
  // the Philippines' armed groups and bodies; Central Asia's parliaments and outlets; map and data providers; state agencies'
  // own names; companies of sanctions and energy news
  'Dawlah Islamiyah|Moro Islamic Liberation Front|MILF|New People\'s Army|Philippine National Police|Armed Forces of the Philippines|Westmincom|Commission on Elections|Comelec|Pulse Asia|' +
  'Jogorku Kenesh|Mazhilis|Oliy Majlis|Majlisi Oli|Khovar|Ozodlik|Ozodi|Azattyk|Azattyq|Asia-Plus|Kabar|Kun.uz|' +
  'Liveuamap|Rybar|Esri|Garmin|Mapbox|Wikimedia Commons|Wikimedia Foundation|Humanitarian Data Exchange|Financial Tracking Service|Akhmat|' +
  'Al Jazeera Mubasher|Anadolu Ajansi|Anadolu Ajansı|Associated Press of Pakistan|SWIFT|Turkmengaz|' +
  // fact-checkers and open-source investigators
  'AFP Fact Check|Reuters Fact Check|AAP FactCheck|Full Fact|PolitiFact|Snopes|FactCheck.org|Misbar|BOOM|BOOM Live|Alt News|Africa Check|Logically Facts|Chequeado|Maldita|Newtral|Teyit|Fatabyyano|Vishvas News|Factly|NewsMobile|Check Your Fact|Aos Fatos|Correctiv|StopFake|VoxCheck|EUvsDisinfo|NewsGuard|BBC Verify|Fact Crescendo|Annie Lab|' +
  'Digital Forensic Research Lab|Graphika|Mandiant|Citizen Lab|Forensic Architecture|SITE Intelligence Group|MEMRI|Institute for Strategic Dialogue|Center for Countering Digital Hate|Tech Transparency Project|' +
  'Institute for the Study of War|ISW|Long War Journal|SIPRI|Brookings Institution|RAND|Atlantic Council|Chatham House|' +
  'IEA|Physicians for Human Rights|Radio Free Asia|Global Witness|Fortify Rights|Myanmar Witness|Data for Myanmar|International Federation of Red Cross and Red Crescent Societies|IFRC|Navy SEALs|SEAL Team 6|SEAL Team Six|Council on Foreign Relations|Carnegie Endowment|Carnegie Endowment for International Peace|Royal United Services Institute|RUSI|Center for Strategic and International Studies|CSIS|Wilson Center|Stimson Center|Hudson Institute|Heritage Foundation|' +
  // armed groups and movements
  'Taliban|Islamic Emirate|Islamic State|ISIS|ISIL|IS|Daesh|ISIS-K|ISIS–K|IS–K|ISIS–Khorasan|Islamic State – Khorasan Province|Islamic State–Khorasan Province|ISKP|Islamic State Khorasan|al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|al-Qa\'ida|Al-Qa\'ida|al-Qa’ida|Al-Qa’ida|al-Qaida|Al-Qaida|' +
  'al-Qaida|Al-Qaida|AQAP|AQIM|al-Shabab|Al-Shabab|al-Shabaab|Al-Shabaab|Al Shabaab|Boko Haram|ISWAP|JNIM|Hamas|Hezbollah|Hizbollah|' +
  'Houthis|Houthi|Ansar Allah|Islamic Jihad|Palestinian Islamic Jihad|Fatah|PLO|Haqqani network|Haqqani Network|Haqqanis|' +
  'Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|TTP|Lashkar-e-Taiba|Jaish-e-Mohammed|Northern Alliance|National Resistance Front|' +
  'Hezb-e-Islami|Hizb-e-Islami|Wagner|Wagner Group|Africa Corps|Rapid Support Forces|RSF|Sudanese Armed Forces|SAF|Janjaweed|' +
  // Syrian and Iraqi armed groups as transliterated with the Arabic apostrophe
  "Hay'at Tahrir al-Sham|Hay’at Tahrir al-Sham|Kata'ib Hezbollah|Kata’ib Hezbollah|Kataib Hizballah|Asa'ib Ahl al-Haq|Asa’ib Ahl al-Haq|Asa'ib Ahl al Haq|Asaib Ahl al-Haq|Harakat al-Nujaba|Kata'ib Sayyid al-Shuhada|" +
  'Critical Threats Project|Critical Threats|Intergovernmental Authority on Development|Foreign Policy Research Institute|Rosatom|Luftwaffe|Derg|' +
  // British style and outlets ("Isis-K", "the Commons", "Times Radio")
  'Isis-K|Isis|Isil|Commons|The Sunday Times|Sunday Times|Times Radio|Sky News Arabia|Sky UK|' +
  'Foreign, Commonwealth and Development Office|Foreign, Commonwealth & Development Office|Ministry of Housing, Communities and Local Government|' +
  'Afghanistan Reconstruction Trust Fund|ARTF|Ministry of Agriculture, Irrigation and Livestock|Da Afghanistan Bank|' +
  'Government Media and Information Centre|Government Media and Information Center|Ministry of Refugees and Repatriations|Ministry of Refugees and Repatriation|Brookings|Al Naba|al-Naba|' +
  'Ministry of Interior|Ministry of Interior Affairs|Ministry of Foreign Affairs|Ministry of Finance|Ministry of Justice|Ministry of Education|Ministry of Higher Education|Ministry of Public Health|Ministry of Women’s Affairs|Ministry of Women\'s Affairs|Ministry of Economy|' +
  'Pakistan Stock Exchange|United Nations Interim Force in Lebanon|UN Interim Force in Lebanon|United Nations Military Observer Group in India and Pakistan|' +
  'Al Qaeda in Iraq|al-Qaeda in Iraq|Al-Qaeda in Iraq|AQI|Asayish|Asayesh|' +
  'al-Qaeda in the Arabian Peninsula|Al-Qaeda in the Arabian Peninsula|al Qaeda in the Arabian Peninsula|Al Qaeda in the Arabian Peninsula|al-Qaeda in the Islamic Maghreb|Al-Qaeda in the Islamic Maghreb|' +
  'General Staff of the Armed Forces of Ukraine|General Staff of Ukraine’s Armed Forces|General Staff of Ukraine\'s Armed Forces|Conflict Intelligence Team|' +
  // outlets whose own name begins with "The" (a sentence-opening "The" is otherwise left out of a known name)
  'The Kyiv Independent|The Sydney Morning Herald|The Africa Report|Africa Report|' +
  'M23|M-23|Viv Ansanm|G9|G-Pèp|400 Mawozo|Gran Grif|ADF|Allied Democratic Forces|FDLR|Al-Nusra|Nusra Front|Hayat Tahrir al-Sham|HTS|Syrian Democratic Forces|SDF|YPG|PKK|' +
  'Free Syrian Army|Syrian National Army|Kataib Hezbollah|Popular Mobilization Forces|PMF|Quds Force|IRGC|Revolutionary Guards|' +
  'Revolutionary Guard|Arakan Army|Kachin Independence Army|KIA|People’s Defense Force|People\'s Defense Force|PDF|Tatmadaw|' +
  'Karen National Union|KNU|Tigray People’s Liberation Front|Tigray People\'s Liberation Front|TPLF|Fano|Oromo Liberation Army|OLA|' +
  'FARC|ELN|Shining Path|Azov|Azov Brigade|Azov Regiment|Peshmerga|Ahrar al-Sham|Jaish al-Adl|Baloch Liberation Army|' +
  'Islamic State West Africa Province|Islamic State Sahel Province|Ansarul Islam|Ansar al-Sunna|Ahlu Sunna Wal Jamaa|Al-Sunnah wa Jama’ah|' +
  'Mai-Mai|CODECO|Séléka|Anti-balaka|Tren de Aragua|Sinaloa Cartel|Jalisco New Generation Cartel|CJNG|Gulf Clan|Clan del Golfo|' +
  'Hamas’s Qassam Brigades|Qassam Brigades|Al-Qassam Brigades|Izz ad-Din al-Qassam Brigades|Kataib Sayyid al-Shuhada|' +
  // governments' bodies
  'Pentagon|Kremlin|White House|State Department|Congress|Senate|House of Representatives|Parliament|Duma|State Duma|Knesset|' +
  'Bundestag|Bundeswehr|Elysee|Élysée|Foreign Office|Home Office|Ministry of Defence|Ministry of Defense|' +
  'Defense Department|Department of Defense|Justice Department|Department of Justice|Treasury|Treasury Department|' +
  'Homeland Security|Department of Homeland Security|General Staff|CIA|FBI|NSA|DIA|NSC|National Security Council|Joint Chiefs of Staff|' +
  'North Atlantic Treaty Organization|North Atlantic Council|NATO Response Force|Allied Command Operations|Allied Command Transformation|SHAPE|' +
  'ISPR|Inter-Services Public Relations|Inter Services Public Relations|Fitna al Khawarij|Fitna al-Khawarij|Fitna al Hindustan|Fitna al-Hindustan|' +
  'Board of Control for Cricket in India|Pakistan Cricket Board|International Cricket Council|' +
  'CENTCOM|Central Command|U.S. Central Command|AFRICOM|EUCOM|INDOPACOM|SIGAR|USAID|Supreme Court|Loya Jirga|ISI|MI6|MI5|FSB|' +
  'GRU|SVR|Mossad|Shin Bet|IDF|Israel Defense Forces|Resolute Support|ISAF|Operation Enduring Freedom|Marine Corps|' +
  // political parties and parliaments
  'Kuomintang|KMT|Democratic Progressive Party|DPP|Taiwan People’s Party|Legislative Yuan|Executive Yuan|Morena|PRI|' +
  'Institutional Revolutionary Party|National Action Party|BJP|Bharatiya Janata Party|Indian National Congress|Congress party|' +
  'PTI|Pakistan Tehreek-e-Insaf|PML-N|Pakistan Muslim League-Nawaz|Pakistan Peoples Party|AKP|CHP|HDP|DEM Party|Likud|' +
  'Yesh Atid|Fidesz|Law and Justice|PiS|United Russia|ANC|African National Congress|ZANU-PF|Frelimo|Renamo|Vetevendosje|' +
  'Vetëvendosje|Serbian Progressive Party|SNS|Srpska Lista|Serb List|Amal Movement|Lebanese Forces|Free Patriotic Movement|' +
  'Ennahda|Muslim Brotherhood|Awami League|Bangladesh Nationalist Party|BNP|National League for Democracy|NLD|USDP|' +
  'Pheu Thai|Verkhovna Rada|Rada|Lok Sabha|Rajya Sabha|Majlis|Storting|Riksdag|Sejm|Diet|Folketing|Oireachtas|Dáil|' +
  // news outlets and agencies
  'Flash90|Anadolu Images|SOPA Images|NurPhoto|Sipa|Sipa USA|ZUMA Press|Alamy|' +
  'Reuters|AFP|Agence France-Presse|Agence France Presse|AP|Associated Press|The Associated Press|EPA|EPA-EFE|EFE|Getty Images|' +
  'Getty|Shutterstock|Xinhua|TASS|Tass|RIA Novosti|Interfax|Anadolu|Anadolu Agency|dpa|DPA|ANI|PTI|Kyodo|Yonhap|Bloomberg|' +
  'The New York Times|New York Times|The Times|The Washington Post|Washington Post|The Wall Street Journal|Wall Street Journal|' +
  'WSJ|The Guardian|Guardian|The Economist|Economist|Financial Times|FT|The Telegraph|Telegraph|The Independent|BBC|BBC News|' +
  'CNN|NBC|NBC News|CBS|CBS News|ABC|ABC News|Fox News|MSNBC|NPR|PBS|VOA|Voice of America|VOA News|RFE/RL|Radio Free Europe|' +
  'Radio Liberty|Radio Azadi|Al Jazeera|Al-Jazeera|Al Arabiya|Al-Arabiya|France 24|France24|RFI|Deutsche Welle|DW|Euronews|' +
  'Sky News|ITV|Channel 4|RT|Sputnik|CGTN|NHK|Tolo News|TOLOnews|ToloNews|Pajhwok|Pajhwok Afghan News|Khaama Press|Ariana News|' +
  'The Hindu|Times of India|Hindustan Times|Al-Monitor|Politico|Axios|Vox|The Atlantic|The New Yorker|Newsweek|' +
  'Foreign Policy|Foreign Affairs|The Hill|Los Angeles Times|USA Today|Le Monde|Der Spiegel|Spiegel|Haaretz|Times of Israel|' +
  'Jerusalem Post|Kyiv Independent|Kyiv Post|Meduza|Novaya Gazeta|Irrawaddy|The Irrawaddy|Myanmar Now|Sudan Tribune|Radio Dabanga|' +
  'The Conversation|Small Wars Journal|The Intercept|ProPublica|BuzzFeed|HuffPost|Daily Mail|Le Figaro|El País|' +
  // outlets of the regions the news covers (South Asia, Africa, Middle East, Latin America, Asia-Pacific, Europe)
  'Dawn|The Express Tribune|Express Tribune|Geo News|Geo TV|ARY News|Business Recorder|The Friday Times|Indian Express|' +
  'The Indian Express|NDTV|Scroll|The Wire|The Print|ThePrint|Deccan Herald|Greater Kashmir|Kashmir Observer|Dhaka Tribune|' +
  'The Daily Star|Prothom Alo|Kathmandu Post|The Kathmandu Post|Daily Mirror|Premium Times|The Punch|Punch Newspapers|' +
  'Vanguard|Daily Trust|ThisDay|Channels Television|Channels TV|Sahara Reporters|HumAngle|TheCable|Daily Nation|Nation Media Group|' +
  'The East African|The Standard|Daily Monitor|New Vision|The Citizen|Mail & Guardian|News24|Daily Maverick|Addis Standard|' +
  'Ethiopia Insight|The Reporter|Zitamar News|Lusa|Radio Okapi|Actualite.cd|Jeune Afrique|Garowe Online|Hiiraan Online|' +
  'Radio Tamazuj|Eye Radio|Libya Observer|Libya Herald|Hespress|Ahram Online|Al-Ahram|Mada Masr|Middle East Eye|Arab News|' +
  'The National|Gulf News|Khaleej Times|Asharq Al-Awsat|L’Orient-Le Jour|L\'Orient-Le Jour|Naharnet|Al-Akhbar|Al Mayadeen|' +
  'Al-Manar|Rudaw|Kurdistan24|Shafaq News|The New Arab|Enab Baladi|SANA|IRNA|Tasnim|Fars|Press TV|Iran International|' +
  'Tehran Times|Daily Sabah|Hurriyet|Hürriyet|Bianet|Eurasianet|OC Media|Civil.ge|Ukrainska Pravda|Ukrinform|Suspilne|Hromadske|' +
  'The Moscow Times|Kommersant|Vedomosti|Izvestia|Caixin|Global Times|China Daily|People’s Daily|People\'s Daily|KCNA|' +
  'South China Morning Post|SCMP|The Straits Times|Straits Times|Channel NewsAsia|CNA|Bangkok Post|The Jakarta Post|Jakarta Post|' +
  'Rappler|Philippine Daily Inquirer|Inquirer|Frontier Myanmar|Mizzima|DVB|Khmer Times|VnExpress|The Japan Times|Japan Times|' +
  'Asahi Shimbun|Yomiuri Shimbun|Nikkei|Korea Herald|Korea Times|Hankyoreh|Taipei Times|Focus Taiwan|ABC News Australia|' +
  'Sydney Morning Herald|The Australian|RNZ|CBC|CBC News|CTV News|The Globe and Mail|Globe and Mail|Toronto Star|' +
  'Folha de S.Paulo|O Globo|Clarín|La Nación|El Tiempo|El Espectador|Semana|Infobae|El Universal|Efecto Cocuyo|El Nacional|' +
  'Stabroek News|Kaieteur News|Miami Herald|El Mundo|ANSA|Corriere della Sera|La Repubblica|Süddeutsche Zeitung|' +
  'Frankfurter Allgemeine Zeitung|FAZ|Die Zeit|Le Parisien|Libération|Liberation|NRC Handelsblad|Kathimerini|Gazeta Wyborcza|' +
  'Stars and Stripes|Defense News|Military Times|Breaking Defense|War on the Rocks|Janes|Jane’s|Lawfare|Just Security|Semafor|' +
  'Times of Israel|The Times of Israel|TOI|Ynet|Ynetnews|i24NEWS|Israel Hayom|Yedioth Ahronoth|Maariv|Channel 2|Channel 10|Channel 12|Channel 13|Channel 14|Kadima|Meretz|Movement for Quality Government in Israel|' +
  'Kan News|L’Orient Today|L\'Orient Today|Nikkei Asia|Nikkei Asian Review|Nikkei Inc.|Balkan Insight|BIRN|' +
  'Balkan Investigative Reporting Network|N1|RFE/RL’s Balkan Service|Kyodo News|Le Monde in English|France Inter|Lefaso.net|' +
  'CNBC|Forbes|Business Insider|Etilaatroz|Amu TV|Afghanistan International|Hasht-e Subh|KabulNow|Kabul Now|Salam Watandar|' +
  // companies and platforms
  'Twitter|X Corp|Facebook|Instagram|WhatsApp|Telegram|YouTube|Google|TikTok|Microsoft|SpaceX|Starlink|' +
  // platforms, imagery and archive services of open-source investigation
  'Apple Podcasts|Google Podcasts|Spotify|Stitcher|SoundCloud|Zoom|Skype|Otter.ai|Yandex|VKontakte|VK|Odnoklassniki|Weibo|WeChat|Douyin|Reddit|Snapchat|LinkedIn|Truth Social|Bluesky|Mastodon|Rumble|Google Maps|Google Earth|Bing Maps|Apple Maps|OpenStreetMap|Wikimapia|Mapillary|Maxar|Maxar Technologies|Planet Labs|Sentinel Hub|Copernicus|Flightradar24|MarineTraffic|ADS-B Exchange|Internet Archive|Wayback Machine|TinEye|InVID|Storyful|GeoConfirmed|Oryx|DFRLab|' +
  'Group of 7|Group of Seven|Group of 20|Group of Twenty|Xinhuanet|Yahoo|Yahoo News|Verizon Media|NYTCo|India Today|WION|Firstpost|The Nation|CNN-News18|News18|SBS|SBS News|SBS Dari|SBS Pashto|Special Broadcasting Service|The Irish Times|Irish Times|Politico Europe|POLITICO|BBC World Service|Foreign, Commonwealth and Development Office|Labor Party|Social Democrats|Sinn Féin|Fianna Fáil|Fine Gael|Businessweek|Islamic State-Khorasan|Taleban|Afghanistan Analysts Network|AAN|TRT World|TRT|Global Coalition to Defeat ISIS|U.S. News & World Report|US News & World Report|U.S. News|The New York Times Company|New York Times Company|Guardian News & Media|PBS NewsHour|NewsHour|Voice of Jihad|Hasht-e Sobh|Hasht-e Subh|Etilaat-e Roz|Etilaatroz|Joint Staff|Federal Reserve|Islamic State in Khorasan Province|Islamic State in Khorasan|' +
  'General Motors|General Electric|MoD|MoI|MoFA|Republican Party|Democratic Party|Republicans|Democrats|GOP|Labour|Labour Party|Conservative Party|Tories|Liberal Democrats|House of Commons|House of Lords|World Economic Forum|Munich Security Conference|Task & Purpose|Defense One|The War Zone|Military.com|' +
  'Gazprom|Rosneft|Aramco|Saudi Aramco|ExxonMobil|BP|Chevron|TotalEnergies|Boeing|Airbus|Lockheed Martin|Raytheon|' +
  'Northrop Grumman|General Dynamics|BAE Systems|Rheinmetall|Baykar|Huawei|ZTE|LinkedIn|Reddit|Wikipedia|Netflix|Uber|Mastercard|' +
  // shipping lines and maritime intelligence, energy and metals, banks, contractors, airlines, tech (names of no common word)
  'Maersk|A.P. Moller-Maersk|A.P. Moller – Maersk|Hapag-Lloyd|CMA CGM|Mediterranean Shipping Company|COSCO|COSCO Shipping|Evergreen Marine|Zim Integrated Shipping Services|' +
  'Lloyd\'s List|Lloyd’s List|Lloyd\'s List Intelligence|Lloyd’s List Intelligence|Kpler|Vortexa|Ambrey|Windward AI|' +
  'Lukoil|Gazprom Neft|Transneft|Novatek|Rosatom|Naftogaz|Energoatom|Ukrenergo|DTEK|Metinvest|Ukrzaliznytsia|Ukroboronprom|Rostec|Almaz-Antey|Sberbank|Aeroflot|' +
  'Glencore|Trafigura|Vitol|Halliburton|KBR|Blackwater|DynCorp|DynCorp International|Academi|Elbit Systems|Israel Aerospace Industries|Rafael Advanced Defense Systems|Palantir|Anduril|' +
  'Goldman Sachs|JPMorgan|JPMorgan Chase|JP Morgan|Morgan Stanley|Citigroup|Citibank|HSBC|Barclays|Deutsche Bank|BlackRock|S&P Global|Moody’s|Moody\'s|Fitch Ratings|Western Union|' +
  'Nvidia|OpenAI|Tencent|Alibaba|ByteDance|Lufthansa|Turkish Airlines|Qatar Airways|Emirates Airline|flydubai|Nielsen|Taboola|Outbrain|Barron’s|Barron\'s|' +
  // European and Israeli parties, U.S. congressional bodies
  'Alternative for Germany|Alternative für Deutschland|AfD|Christian Democratic Union|CDU|Christian Social Union|CSU|Social Democratic Party|SPD|Free Democratic Party|FDP|' +
  'National Rally|Rassemblement National|Reform UK|Fidesz|Brothers of Italy|Otzma Yehudit|Jewish Power|Religious Zionism|Shas|United Torah Judaism|Yesh Atid|' +
  'Congressional Research Service|Congressional Budget Office|CBO|Committee on Oversight and Accountability|House Committee on Oversight and Accountability|' +
  // armed groups, agencies and monitors of the period's wars
  'Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF|G9 an Fanmi e Alye|G9 Family and Allies|Islamic Resistance in Iraq|Harakat al-Nujaba|Nujaba|Kataib Hezbollah|Kata\'ib Hezbollah|' +
  'Islamic State Sahel Province|Islamic State Sahel|IS Sahel|Permanent Strategic Framework for Peace, Security and Development|Strategic Framework for the Defense of the People of Azawad|CSP-DPA|' +
  'Sudan People\'s Liberation Movement-North|Sudan People’s Liberation Movement-North|SPLM-N|Sudan People\'s Liberation Movement|Sudan People’s Liberation Movement|SPLM|' +
  'Al Qaeda in the Islamic Maghreb|Al-Qaeda in the Islamic Maghreb|AQIM|Movement for Oneness and Jihad in West Africa|MUJAO|Mujao|Al Mourabitoun|Al-Mourabitoun|' +
  'Ansar Dine|Macina Liberation Front|Katiba Macina|JNIM|Group for the Support of Islam and Muslims|G5 Sahel|G5 Sahel Joint Force|AFISMA|Afisma|' +
  'United Nations Educational, Scientific and Cultural Organization|I.S.-K.|ISKP|Peace Now|Lions\' Den|Lions’ Den|Yisrael Beiteinu|' +
  'Sudan People\'s Liberation Movement-in-Opposition|Sudan People’s Liberation Movement-in-Opposition|SPLM-IO|SPLA-IO|S.P.L.M.-I.O.|South Sudan People\'s Defence Forces|South Sudan People’s Defence Forces|SSPDF|MINUSCA|' +
  'Pakistan Muslim League-N|Pakistan Muslim League (N)|Independent International Fact-Finding Mission on Myanmar|The Global New Light of Myanmar|Global New Light of Myanmar|Jordan News Agency|' +
  'Hashd al-Shaabi|al-Hashd al-Shaabi|Harakat al-Shabaab al-Mujahideen|Hizbul Islam|Hizb al-Islam|Abu Sayyaf|Abu Sayyaf Group|Maute group|Ras Kamboni|Wazalendo|Axis of Resistance|' +
  'Federal Government of Somalia|Armed Forces of the Philippines|Cartel de los Soles|Los Chapitos|Autodefensas Gaitanistas de Colombia|Senafront|ELN|E.L.N.|' +
  'SOUTHCOM|U.S. Southern Command|Southern Command|NORTHCOM|SOCOM|U.S. Special Operations Command|STRATCOM|CYBERCOM|' +
  'Centers for Disease Control and Prevention|Customs and Border Protection|U.S. Customs and Border Protection|Immigration and Customs Enforcement|Real Madrid|' +
  'Hizbul Mujahideen|Hizb-ul-Mujahideen|The Resistance Front|Hizballah|Amal Movement|' +
  'PMC Wagner|Wagner PMC|OVD-Info|UNDOF|White Helmets|Syria Civil Defence|Saudia|New America|' +
  'United Nations Relief and Works Agency for Palestine Refugees in the Near East|Enikass Radio and Television|' +
  'KSrelief|King Salman Humanitarian Aid and Relief Centre|Pro Asyl|PRO ASYL|Airbus DS|Airbus Defence and Space|China-Pakistan Economic Corridor|CPEC';

export const KNOWN_LOCATIONS =
  // countries and cities under the names of the older wars
  'Bint Jbeil|Camp Bucca|Irpen|Kharkov|Nikolaev|' +
  'East Germany|West Germany|East Berlin|West Berlin|Yugoslavia|Czechoslovakia|Indochina|North Vietnam|South Vietnam|Saigon|Cholon|Danang|Da Nang|Khe Sanh|' +
  'Mekong Delta|Ho Chi Minh Trail|Pusan|Inchon|Peking|Peiping|Bombay|Calcutta|Madras|Stalingrad|Leningrad|Sverdlovsk|Léopoldville|Leopoldville|Elisabethville|' +
  'Stanleyville|East Pakistan|West Pakistan|Upper Volta|Dahomey|Tanganyika|Rhodesia|Zaire|Ceylon|Siam|Persia|Shatt al-Arab|Shatt al Arab|Farsi Island|' +
  // seas and islands of the older wars
  'Timor|South Atlantic|North Atlantic|South Pacific|North Pacific|South Georgia|South Sandwich Islands|Falklands|Malvinas|Islas Malvinas|Goose Green|Port Stanley|West Timor|' +
  'Western Desert|Sinai Peninsula|El-Arish|Al-Arish|El Arish|Bir al-Abed|Executive Mansion|' +
  'Sharm el-Sheikh|Sharm El Sheikh|Tierra Caliente|Golden Triangle|Los Pinos|Juárez|Juarez|Kerem Shalom|Marawi|' +
  // Iraq and Syria: places of the wars since 2003 under their news spellings
  'Abu Ghraib|Sadr City|Saddam City|Firdos Square|Green Zone|Khan Sheikhoun|Khan Shaykhun|Maarat al-Numan|Maarat al-Noaman|Ras al-Ain|Sere Kaniye|Tel Abyad|Saraqeb|Kafr Nabl|' +
  // Afghanistan's bases and variants; Ukraine's towns of the Donbas under their news spellings; the Caucasus
  'Bamian|Camp Bastion|Camp Leatherneck|Abbey Gate|Severodonetsk|Sievierodonetsk|Lysychansk|Snake Island|Roki Tunnel|' +
  // nuclear sites and ports of Iran and Israel
  'Fordo|Fordow|Natanz|Parchin|Dimona|Bandar Imam Khomeini|Wad Madani|Martha\'s Vineyard|Martha’s Vineyard|Bangsamoro|' +
  // towns of Pakistan's former tribal areas
  // West Bank camps, landmarks, zones
  'Nur Shams|Balata|Aida camp|Dheisheh|Jalazone|Askar|Shuafat|Area A|Area B|Area C|Judea and Samaria|Crocus City Hall|Great Hall of the People|' +
  'Miram Shah|Miranshah|Mir Ali|Datta Khel|Razmak|Shawal Valley|Lal Masjid|' +
  // U.S. states as news style abbreviates them after a legislator's party ("(R-Ky.)", "(D-R.I.)"; not "Miss.", "Ind.", "La.", "Del.")
  'Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Fla.|Ga.|Ill.|Kan.|Ky.|Md.|Mass.|Mich.|Minn.|Mont.|Neb.|Nev.|Okla.|Ore.|Pa.|Tenn.|Tex.|Vt.|Va.|' +
  'Wash.|Wis.|Wyo.|N.H.|N.J.|N.M.|N.Y.|N.C.|N.D.|R.I.|S.C.|S.D.|W.Va.|' +
  'D.R.C.|DRC|Palais des Nations|Irrawaddy River|Ayeyarwady River|' +
  // border crossings and bases of the region
  'Ghulam Khan|Angoor Adda|Daikundi|Daikondi|Amu Darya|Syr Darya|Jammu and Kashmir|Islam Qala|Al Udeid|Al Udeid Air Base|Ramstein Air Base|Imam Sahib|Khartoum North|Umayyad Square|Republican Palace|' +
  'U.S.|US|USA|U.S.A.|America|United States|United States of America|Democratic Republic of Congo|Democratic Republic of the Congo|' +
  'Republic of Congo|Republic of the Congo|Congo-Brazzaville|Congo-Kinshasa|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|' +
  'Northern Ireland|UAE|U.A.E.|Emirates|Russia|Soviet Union|USSR|U.S.S.R.|Sunni Triangle|Oval Office|Tarin Kot|Tarin Kowt|Gezira|Al Gezira|Washington DC|Washington D.C.|Beer Sheva|Be\'er Sheva|Élysée Palace|Elysee Palace|DRC|Congo|Ivory Coast|Burma|Myanmar|Czech Republic|Czechia|Türkiye|Turkiye|Islamic Republic of Afghanistan|Islamic Republic of Iran|Islamic Republic of Pakistan|NYC|N.Y.C.|NY|Calif.|Va.|Md.|Fla.|Ga.|Ky.|Tenn.|Tex.|Mass.|Conn.|Pa.|Ariz.|Colo.|Mich.|Wis.|Minn.|Ill.|Ind.|Ala.|Okla.|Nev.|N.J.|N.Y.|N.C.|N.H.|S.C.|N.M.|Côte d’Ivoire|Côte d\'Ivoire|Cote d\'Ivoire|DC|D.C.|Vatican|' +
  // formal state names without the "X of Country" form that name-chain.ts reads ("the Federal Republic of Germany")
  "Democratic People's Republic of Korea|Democratic People’s Republic of Korea|Lao People's Democratic Republic|French Republic|Italian Republic|Hellenic Republic|Swiss Confederation|Portuguese Republic|Slovak Republic|Kyrgyz Republic|Lebanese Republic|Tunisian Republic|Argentine Republic|Turkish Republic of Northern Cyprus|United Kingdom of Great Britain and Northern Ireland|" +
  'South Korea|North Korea|Taiwan|Palestine|Gaza|Gaza Strip|West Bank|East Jerusalem|Golan Heights|Sinai|Kashmir|Jammu and Kashmir|' +
  'Darfur|Kordofan|Tigray|Amhara|Oromia|Donbas|Donbass|Crimea|Kurdistan|Iraqi Kurdistan|Balochistan|Baluchistan|Khyber Pakhtunkhwa|' +
  'Punjab|Sindh|Waziristan|North Waziristan|South Waziristan|Xinjiang|Tibet|Hong Kong|Macau|Chechnya|Dagestan|Abkhazia|' +
  'South Ossetia|Transnistria|Nagorno-Karabakh|Karabakh|Kosovo|Sahel|Sahara|Western Sahara|Maghreb|Levant|Horn of Africa|' +
  'Middle East|Near East|Far East|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|' +
  'Central Africa|Southern Africa|Sub-Saharan Africa|Latin America|South America|North America|Central America|Caribbean|' +
  'Europe|Eastern Europe|Western Europe|Asia|Africa|Oceania|Antarctica|Arctic|Balkans|Caucasus|Persian Gulf|Gulf|Red Sea|' +
  'Black Sea|Mediterranean|Caspian Sea|Baltics|Indian Ocean|Pacific|South China Sea|Strait of Hormuz|' +
  // Afghanistan's provinces and their capitals the place lists lack (with common spellings)
  'Farah|Nimroz|Nimruz|Uruzgan|Oruzgan|Urozgan|Wardak|Maidan Wardak|Maidan Shahr|Spin Boldak|Sheberghan|Shibirghan|' +
  'Aybak|Pul-e-Khumri|Pul-i-Khumri|Qala-e-Naw|Qala-i-Naw|Maimana|Maymana|Tarinkot|Tirin Kot|Qalat|Sharana|Mehtar Lam|Mihtarlam|' +
  'Mahmud-i-Raqi|Nili|Chaghcharan|Pul-e-Alam|Pul-i-Alam|Zaranj|Fayzabad|Faizabad|Taloqan|Lashkar Gah|Lashkargah|Gardez|Asadabad|' +
  'Charikar|Bazarak|Hamid Karzai International Airport|' +
  // Pakistan's former tribal areas and province under their old names
  'FATA|Federally Administered Tribal Areas|NWFP|North-West Frontier Province|North West Frontier Province|South Waziristan Agency|North Waziristan Agency|Khyber Agency|Bajaur Agency|Mohmand Agency|Kurram Agency|Orakzai Agency|' +
  'Kokang|Shwe Kokko|Myawaddy|Laukkaing|Hsenwi|Kutkai|Sule Pagoda|Abiy Addi|Yechila|Humera|Mai Kadra|Maikadra|Alamata|Aksum|Sheraro|Adwa|Nabi Yunus|al-Hadba|Nuri Mosque|Church of Our Lady Mary of Zion|' +
  'Abu Shouk|Sheikh Maqsoud|Villa Somalia|Rose Garden|Pachir Agam|Bab al-Aziziya|Bab al-Azizia|Atlantic Ocean|Arctic Ocean|' +
  'Sheikh Othman|Little Aden|Khor Maksar|Crater|Mualla|Salah ad-Din|South Yemen|North Yemen|Alley of Martyrs|Yerablur|' +
  // Afghanistan's districts as the news spells them (not those named by a common word or a person's name: Reg, Kang, Farsi, Mohammad Agha)
  'Musa Qala|Musa Qaleh|Musa Qalah|Now Zad|Nawzad|Sangin|Sangen|Garmsir|Garmser|Marja|Marjah|Kajaki|Baghran|Dishu|Washir|Nahr-e Saraj|Nahr-i-Saraj|Khanashin|Arghandab|Ghorak|Maruf|Shorabak|Mianishin|Dehrawud|Deh Rawood|Deh Rawud|Chora|Shahidi Hassas|Shah Joy|Shahjoy|Moqur|Muqur|Ab Band|Deh Yak|Jaghori|Malistan|Nawur|Ajristan|Qarabagh|Sabari|Spera|Gurbuz|Zazi Maidan|Zurmat|Zormat|Shwak|Jani Khel|Dand Patan|Chamkani|Waza Khwa|Barmal|Gomal|Sarobi|Surobi|Shakardara|Bagrami|Chahar Asyab|Char Asiab|Musahi|Khak-e Jabbar|Deh Sabz|Istalif|Kalakan|Mir Bacha Kot|Guldara|Farza|Tagab|Nijrab|Alasay|Jabal Saraj|Jabal-us-Saraj|Salang|Ghorband|Siahgird|Chahar Dara|Char Dara|Dasht-e Archi|Dasht-i-Archi|Qala-e Zal|Qala-i-Zal|Aliabad|Baghlan-e Jadid|Dahana-i-Ghuri|Andarab|Dand-e Ghori|Adraskan|Guzara|Injil|Karukh|Pashtun Zarghun|Ghoryan|Zinda Jan|Bala Buluk|Pur Chaman|Gulistan|Bakwa|Khak-e Safed|Anar Dara|Shib Koh|Qala-i-Kah|Pusht Rod|Lash wa Juwayn|Delaram|Dilaram|Chakhansur|Khash Rod|Char Burjak|Chahar Burjak|Almar|Qaysar|Pashtun Kot|Shirin Tagab|Dawlatabad|Khwaja Sabz Posh|Qush Tepa|Darzab|Khamyab|Aqcha|Mardyan|Sozma Qala|Kohistanat|Balkhab|Chimtal|Chahar Bolak|Nahr-e Shahi|Dehdadi|Shortepa|Tashkurghan|Dara-i-Suf|Ruy Duab|Khwaja Ghar|Dasht-e Qala|Darqad|Yangi Qala|Ishkamish|Baharak|Jurm|Keshem|Kishim|Wardooj|Yamgan|Kuran wa Munjan|Wakhan|Gelan|Jaghatu|Waghaz|Khwaja Umari|Jalrez|Sayedabad|Nerkh|Daymirdad|Behsud|Charkh|Kharwar|Khoshi|Achin|Nazian|Dur Baba|Khogyani|Khugyani|Sherzad|Hisarak|Surkh Rod|Goshta|Lalpur|Mohmand Dara|Dih Bala|Deh Bala|Pachir wa Agam|Chaparhar|Rodat|Bati Kot|Kuzkunar|Chawkay|Manogai|Watapur|Dangam|Marawara|Sarkani|Barg-e Matal|Kamdesh|Waygal|Mandol|Alingar|Alishing|Qarghayi|Mehtarlam|Kajran|Gizab|Shahristan|Ashtarlay|Miramor|Sang-e Takht|Dawlat Yar|Tulak|Saghar|Pasaband|Taywara|Lal wa Sarjangal|Yakawlang|Waras|Kahmard|Saighan|Shibar|Korengal|Pech Valley|Tangi Valley|Arghandab Valley|Helmand Valley|Sangin Valley|' +
  'Americas|Andes|Amazon|Alps|Himalayas|Asia-Pacific|Asia Pacific|Indo-Pacific|Eurasia|Scandinavia|Siberia|Anatolia|Patagonia|Arabian Peninsula|' +
  'Korean Peninsula|Crimean Peninsula|Iberian Peninsula|Great Lakes|Gulf of Guinea|Gulf of Aden|Gulf of Mexico|Lake Victoria|' +
  'Lake Tanganyika|Lake Kivu|Congo River|Niger River|Nile Delta|Niger Delta|Sinai Peninsula|Line of Control|LoC|Green Line|' +
  'Blue Line|Line of Contact|Kurdistan Region|Kurdistan Region of Iraq|HKIA|Wazir Akbar Khan|Shahr-e-Naw|Shar-e-Naw|Karte Parwan|Karte Se|Khair Khana|Dasht-e-Barchi|Dasht-e Barchi|Tora Bora|Zhari|Panjwai|Panjwayi|Khakrez|Shah Wali Kot|Arghistan|Pangong Tso|Aksai Chin|Line of Actual Control|Shebaa Farms|Sela Pass|Galwan Valley|Sher Khan Bandar|Shir Khan Bandar|Chapa Dara|Sayed Karam|Khas Uruzgan|Abu Kamal|Al Bukamal|Sayed ul-Shuhada|Syed ul-Shuhada|Sayed al-Shuhada|Sayed-ul-Shuhada|Downing Street|Friendship Gate|Nad-e Ali|Nad-e-Ali|Nad Ali|Democratic Republic of Afghanistan|Sea of Azov|Azov Sea|Sea of Marmara|Sea of Galilee|Salah al-Din|Salahaddin|Chechen Republic|Chechnya|Dagestan|' +
  'Azad Kashmir|Azad Jammu and Kashmir|Gilgit-Baltistan|Ladakh|Jammu|Cabo Delgado|' +
  'Essequibo|Lake Chad Basin|Liptako-Gourma|Fezzan|Cyrenaica|Tripolitania|Ogaden|Sool|Sanaag|' +
  'Puntland|Somaliland|Jubaland|Ituri|North Kivu|South Kivu|Kasai|Katanga|Rakhine State|Shan State|Kachin State|Karen State|' +
  'Bab el-Mandeb|Suez Canal|Hindu Kush|Panjshir Valley|Khyber Pass|Durand Line|Wakhan Corridor|Rafah|Lake Chad|Nile|Blue Nile|' +
  'White Nile|Euphrates|Tigris|Dnipro|Dnieper|Amu Darya|Helmand River|Washington|Washington, D.C.|Moscow|Beijing|Kyiv|Kiev|' +
  'Brussels|Geneva|Doha|Islamabad|Tehran|Kabul|Delhi|New Delhi|Ankara|Istanbul|Tashkent|Dushanbe|Ashgabat|Bishkek|Astana|Almaty|' +
  'Peshawar|Quetta|Karachi|Lahore|Rawalpindi|Herat|Kandahar|Mazar-i-Sharif|Mazar-e-Sharif|Jalalabad|Kunduz|Bamiyan|Bagram|' +
  'Khartoum|Omdurman|Port Sudan|El Fasher|Al-Fashir|Nyala|El Geneina|Juba|Addis Ababa|Mekelle|Asmara|Mogadishu|Nairobi|Kinshasa|' +
  'Goma|Bamako|Niamey|Ouagadougou|Timbuktu|Gao|Kidal|Mopti|Tripoli|Benghazi|Sirte|Misrata|Tunis|Algiers|Cairo|Beirut|Damascus|' +
  'Eastern Ghouta|Ghouta|Aleppo|Idlib|Homs|Raqqa|Deir ez-Zor|Baghdad|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Sanaa|Aden|Hodeidah|Marib|Riyadh|Jeddah|' +
  'Abu Dhabi|Dubai|Muscat|Manama|Kuwait City|Amman|Jerusalem|Tel Aviv|Gaza City|Khan Younis|Kharkiv|Odesa|Odessa|Lviv|Dnipro|' +
  'Zaporizhzhia|Kherson|Mariupol|Bakhmut|Avdiivka|Donetsk|Luhansk|Sevastopol|Mykolaiv|Sumy|Chernihiv|Kursk|Belgorod|Rostov|' +
  'Naypyidaw|Naypyitaw|Mrauk-U|Mrauk U|Chaung-U|Yangon|Rangoon|Mandalay|Rakhine|Sagaing|Kachin|Karenni|Dhaka|Cox’s Bazar|Kathmandu|Colombo|' +
  'London|Paris|Berlin|Rome|Madrid|Vienna|Warsaw|Prague|Budapest|Bucharest|Minsk|Tbilisi|Yerevan|Baku|Oslo|Stockholm|Helsinki|' +
  'Copenhagen|The Hague|Hague|Munich|Davos|Camp David|Capitol Hill|Wall Street|Silicon Valley|New York|New York City|Los Angeles|' +
  'Chicago|Tokyo|Seoul|Pyongyang|Manila|Jakarta|Bangkok|Hanoi|Canberra|Ottawa|Mexico City|Brasilia|Bogota|Caracas|Havana|Lima';

/**
 * People whose name begins with what is elsewhere a title ("Sheikh Rashid Ahmed", Pakistan's interior minister in 2021;
 * "Sheikh Hasina"), or whose words a headline's rules split ("Aung San Suu Kyi": no given name, common words), or known by an
 * alias of common words ("El Chapo").
 */
export const KNOWN_PERSONS = 'Israel Katz|Sheikh Rashid Ahmed|Sheikh Rashid|Sheikh Hasina|Aung San Suu Kyi|El Chapo|El Mencho|El Mayo';

/**
 * Surnames of world figures of the period, which news writes alone ("Indonesia says Putin will not attend"). Used only for
 * a one-word name, as a cue (name-run.ts): inside a longer name ("Vladimir Putin") the name is the whole chain.
 * General knowledge: heads of state and government, foreign ministers and leaders of armed groups, 2015–2025, and figures of
 * history the news names alone.
 */
export const WORLD_FIGURES = new Set(
  ('haftar|hifter|hafter|morsi|mursi|' +
    'pashinyan|pashinian|aliyev|mirzoyan|bayramov|harutyunyan|hadi|saleh|griffiths|maliki|abadi|sistani|poroshenko|yatsenyuk|strelkov|zakharchenko|' +
    'putin|biden|trump|obama|xi|lavrov|zelensky|zelenskyy|zelenskiy|erdogan|erdoğan|netanyahu|macron|scholz|merz|sunak|starmer|' +
    'johnson|blinken|pompeo|rubio|guterres|stoltenberg|rutte|khamenei|raisi|pezeshkian|araghchi|zarif|assad|sisi|modi|kishida|' +
    'trudeau|lula|maduro|prigozhin|shoigu|peskov|medvedev|lukashenko|kadyrov|navalny|nasrallah|haniyeh|sinwar|gallant|hemedti|' +
    'akhundzada|baradar|karzai|khalilzad|dostum|ghani|muttaqi|mujahid|zawahri|zawahiri|baghdadi|jolani|sharaa|kim|' +
    'shehbaz|bilawal|munir|bajwa|abiy|hamdok|burhan|kagame|tshisekedi|ruto|museveni|tinubu|goita|goïta|traoré|traore|tchiani|' +
    'yermak|kuleba|sybiha|zaluzhny|syrskyi|budanov|gerasimov|kirby|sullivan|austin|hegseth|witkoff|vance|harris|pelosi|mcconnell|' +
    'schumer|graham|milley|mckenzie|miller|' +
    // and of history, written alone ("under Stalin", "alongside Hitler, Stalin, Lenin, Ceausescu")
    'stalin|hitler|lenin|mussolini|ceausescu|milosevic|khomeini|churchill|gorbachev|brezhnev|khrushchev|yeltsin|pinochet|mugabe|nasser|sadat|arafat|' +
    'musharraf|karadzic|mladic|cheney|rumsfeld|blair|clinton|zarqawi|petraeus|mcchrystal|bremer|' +
    // heads of state and government of Asia, Africa, Latin America and Europe, 2015–2025
    'duterte|jokowi|prabowo|ramaphosa|tebboune|bukele|milei|sheinbaum|rahmon|tokayev|mirziyoyev|japarov|nazarbayev|berdimuhamedov|' +
    'aliyev|pashinyan|orban|orbán|meloni|ishiba|rajapaksa|wickremesinghe|hasina|yunus|oli|deuba|gotabaya')
    .split('|'),
);
