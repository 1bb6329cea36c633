/**
 * Well-known names of the news world (general knowledge, not taken from any article):
 * international organisations, agencies, armed groups, governments' bodies, news outlets and
 * agencies, platforms, and geographic names the generated place lists lack (regions, aliases).
 * "|"-separated, case as written.
 */

export const KNOWN_ORGANIZATIONS =
  // international organisations and alliances
  'United Nations|UN|U.N.|NATO|EU|European Union|European Commission|European Parliament|Council of Europe|OSCE|African Union|AU|' +
  'ECOWAS|IGAD|ASEAN|Arab League|League of Arab States|Gulf Cooperation Council|GCC|OPEC|OPEC+|G7|G20|G-7|G-20|BRICS|SCO|' +
  'Shanghai Cooperation Organization|Collective Security Treaty Organization|CSTO|Organization of Islamic Cooperation|OIC|' +
  'World Bank|IMF|International Monetary Fund|WTO|World Trade Organization|WHO|World Health Organization|UNICEF|UNHCR|UNESCO|' +
  'UNAMA|UNAMID|UNMISS|MINUSMA|MONUSCO|UNIFIL|UNRWA|OCHA|UNDP|WFP|World Food Programme|World Food Program|FAO|IAEA|ICC|' +
  'International Criminal Court|International Court of Justice|ICJ|Security Council|UN Security Council|General Assembly|' +
  'Human Rights Council|International Organization for Migration|IOM|Interpol|Europol|Frontex|' +
  // humanitarian and rights groups
  'Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF|Red Cross|International Committee of the Red Cross|' +
  'ICRC|Red Crescent|International Rescue Committee|IRC|Save the Children|Oxfam|Mercy Corps|Amnesty International|' +
  'Human Rights Watch|HRW|Crisis Group|International Crisis Group|Norwegian Refugee Council|NRC|Islamic Relief|Caritas|' +
  'Committee to Protect Journalists|CPJ|Reporters Without Borders|RSF|Airwars|ACLED|Bellingcat|Transparency International|' +
  'Institute for the Study of War|ISW|Long War Journal|SIPRI|Brookings Institution|RAND|Atlantic Council|Chatham House|' +
  'Council on Foreign Relations|Carnegie Endowment|Wilson Center|Stimson Center|Hudson Institute|Heritage Foundation|' +
  // armed groups and movements
  'Taliban|Islamic Emirate|Islamic State|ISISIL|IS|Daesh|ISIS-K|ISKP|Islamic State Khorasan|al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda|' +
  'al-Qaida|Al-Qaida|AQAP|AQIM|al-Shabab|Al-Shabab|al-Shabaab|Al-Shabaab|Al Shabaab|Boko Haram|ISWAP|JNIM|Hamas|Hezbollah|Hizbollah|' +
  'Houthis|Houthi|Ansar Allah|Islamic Jihad|Palestinian Islamic Jihad|Fatah|PLO|Haqqani network|Haqqani Network|Haqqanis|' +
  'Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|TTP|Lashkar-e-Taiba|Jaish-e-Mohammed|Northern Alliance|National Resistance Front|' +
  'Hezb-e-Islami|Hizb-e-Islami|Wagner|Wagner Group|Africa Corps|Rapid Support Forces|RSF|Sudanese Armed Forces|SAF|Janjaweed|' +
  'M23|ADF|Allied Democratic Forces|FDLR|Al-Nusra|Nusra Front|Hayat Tahrir al-Sham|HTS|Syrian Democratic Forces|SDF|YPG|PKK|' +
  'Free Syrian Army|Syrian National Army|Kataib Hezbollah|Popular Mobilization Forces|PMF|Quds Force|IRGC|Revolutionary Guards|' +
  'Revolutionary Guard|Arakan Army|Kachin Independence Army|KIA|People’s Defense Force|People\'s Defense Force|PDF|Tatmadaw|' +
  'Karen National Union|KNU|Tigray People’s Liberation Front|Tigray People\'s Liberation Front|TPLF|Fano|Oromo Liberation Army|OLA|' +
  'FARC|ELN|Shining Path|Azov|Azov Brigade|Azov Regiment|' +
  // governments' bodies
  'Pentagon|Kremlin|White House|State Department|Congress|Senate|House of Representatives|Parliament|Duma|State Duma|Knesset|' +
  'Bundestag|Bundeswehr|Elysee|Élysée|Downing Street|Foreign Office|Home Office|Ministry of Defence|Ministry of Defense|' +
  'Defense Department|Department of Defense|Justice Department|Department of Justice|Treasury|Treasury Department|' +
  'Homeland Security|Department of Homeland Security|General Staff|CIA|FBI|NSA|DIA|NSC|National Security Council|Joint Chiefs of Staff|' +
  'CENTCOM|Central Command|U.S. Central Command|AFRICOM|EUCOM|INDOPACOM|SIGAR|USAID|Supreme Court|Loya Jirga|ISI|MI6|MI5|FSB|' +
  'GRU|SVR|Mossad|Shin Bet|IDF|Israel Defense Forces|Resolute Support|ISAF|Operation Enduring Freedom|Marine Corps|' +
  // news outlets and agencies
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
  // companies and platforms
  'Twitter|X Corp|Facebook|Instagram|WhatsApp|Telegram|YouTube|Google|TikTok|Microsoft|SpaceX|Starlink|' +
  'Gazprom|Rosneft|Aramco|Saudi Aramco|ExxonMobil|BP|Chevron|TotalEnergies|Boeing|Airbus|Lockheed Martin|Raytheon|' +
  'Northrop Grumman|General Dynamics|BAE Systems|Rheinmetall|Baykar|Huawei|ZTE|LinkedIn|Reddit|Wikipedia|Netflix|Uber|Mastercard';

export const KNOWN_LOCATIONS =
  'U.S.|US|USA|U.S.A.|America|United States|United States of America|UK|U.K.|Britain|Great Britain|England|Scotland|Wales|' +
  'Northern Ireland|UAE|U.A.E.|Emirates|Russia|Soviet Union|USSR|DRC|Congo|Ivory Coast|Burma|Myanmar|Czech Republic|Vatican|' +
  'South Korea|North Korea|Taiwan|Palestine|Gaza|Gaza Strip|West Bank|East Jerusalem|Golan Heights|Sinai|Kashmir|Jammu and Kashmir|' +
  'Darfur|Kordofan|Tigray|Amhara|Oromia|Donbas|Donbass|Crimea|Kurdistan|Iraqi Kurdistan|Balochistan|Baluchistan|Khyber Pakhtunkhwa|' +
  'Punjab|Sindh|Waziristan|North Waziristan|South Waziristan|Xinjiang|Tibet|Hong Kong|Macau|Chechnya|Dagestan|Abkhazia|' +
  'South Ossetia|Transnistria|Nagorno-Karabakh|Karabakh|Kosovo|Sahel|Sahara|Western Sahara|Maghreb|Levant|Horn of Africa|' +
  'Middle East|Near East|Far East|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|' +
  'Central Africa|Southern Africa|Sub-Saharan Africa|Latin America|South America|North America|Central America|Caribbean|' +
  'Europe|Eastern Europe|Western Europe|Asia|Africa|Oceania|Antarctica|Arctic|Balkans|Caucasus|Persian Gulf|Gulf|Red Sea|' +
  'Black Sea|Mediterranean|Caspian Sea|Baltics|Indian Ocean|Pacific|South China Sea|Strait of Hormuz|' +
  'Bab el-Mandeb|Suez Canal|Hindu Kush|Panjshir Valley|Khyber Pass|Durand Line|Wakhan Corridor|Rafah|Lake Chad|Nile|Blue Nile|' +
  'White Nile|Euphrates|Tigris|Dnipro|Dnieper|Amu Darya|Helmand River|Washington|Washington, D.C.|Moscow|Beijing|Kyiv|Kiev|' +
  'Brussels|Geneva|Doha|Islamabad|Tehran|Kabul|Delhi|New Delhi|Ankara|Istanbul|Tashkent|Dushanbe|Ashgabat|Bishkek|Astana|Almaty|' +
  'Peshawar|Quetta|Karachi|Lahore|Rawalpindi|Herat|Kandahar|Mazar-i-Sharif|Mazar-e-Sharif|Jalalabad|Kunduz|Bamiyan|Bagram|' +
  'Khartoum|Omdurman|Port Sudan|El Fasher|Al-Fashir|Nyala|El Geneina|Juba|Addis Ababa|Mekelle|Asmara|Mogadishu|Nairobi|Kinshasa|' +
  'Goma|Bamako|Niamey|Ouagadougou|Timbuktu|Gao|Kidal|Mopti|Tripoli|Benghazi|Sirte|Misrata|Tunis|Algiers|Cairo|Beirut|Damascus|' +
  'Aleppo|Idlib|Homs|Raqqa|Deir ez-Zor|Baghdad|Mosul|Basra|Erbil|Kirkuk|Fallujah|Ramadi|Sanaa|Aden|Hodeidah|Marib|Riyadh|Jeddah|' +
  'Abu Dhabi|Dubai|Muscat|Manama|Kuwait City|Amman|Jerusalem|Tel Aviv|Gaza City|Khan Younis|Kharkiv|Odesa|Odessa|Lviv|Dnipro|' +
  'Zaporizhzhia|Kherson|Mariupol|Bakhmut|Avdiivka|Donetsk|Luhansk|Sevastopol|Mykolaiv|Sumy|Chernihiv|Kursk|Belgorod|Rostov|' +
  'Naypyidaw|Naypyitaw|Yangon|Rangoon|Mandalay|Rakhine|Sagaing|Kachin|Karenni|Dhaka|Cox’s Bazar|Kathmandu|Colombo|' +
  'London|Paris|Berlin|Rome|Madrid|Vienna|Warsaw|Prague|Budapest|Bucharest|Minsk|Tbilisi|Yerevan|Baku|Oslo|Stockholm|Helsinki|' +
  'Copenhagen|The Hague|Hague|Munich|Davos|Camp David|Capitol Hill|Wall Street|Silicon Valley|New York|New York City|Los Angeles|' +
  'Chicago|Tokyo|Seoul|Pyongyang|Manila|Jakarta|Bangkok|Hanoi|Canberra|Ottawa|Mexico City|Brasilia|Bogota|Caracas|Havana|Lima';
