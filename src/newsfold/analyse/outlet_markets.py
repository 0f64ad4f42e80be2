"""US local TV stations and metro papers, market by market: the data behind `outlets.py`.

Where the knowledge comes from: general knowledge of the US broadcast markets (Nielsen's
designated market areas, roughly in their size order), the network affiliates of each market
(ABC, CBS, NBC, FOX and the big independents) by call sign and by the brand their web sites
use ("wsbtv", "11alive", "kare11"), and each state's metro dailies and their chains' local
sites by their usual domains ("sacbee", "jsonline", "mlive"). It was written market by market
from that knowledge, not from any data set's addresses; an outlet whose home market was not
certain was left out (a wrong entry misplaces every report of the outlet, a missing one only
leaves the text to decide).

Each line is a market's main city, a colon and its outlets' host keys: the host name's label
before the domain ("wsbtv" for www.wsbtv.com), without hyphens. A key with a dot ("abc-7.com",
"telegram.com") is one exact label and domain, for a label that other sites share or that a
hyphen tells apart ("news-leader.com" is Springfield, Missouri; "newsleader.com" Staunton,
Virginia). Names that spell their city ("dallasnews", "fox5sandiego") need no entry, but one
is harmless and names the right state where the city's name is shared.
"""

from __future__ import annotations

_MARKETS = """
New York City, NY: abc7ny wabc cbsnewyork wcbs nbcnewyork wnbc fox5ny wnyw pix11 wpix ny1
    nydailynews silive newsday amny gothamist wnyc wwor
White Plains, NY: lohud
Middletown, NY: recordonline
Newark, NJ: nj njspotlight
Neptune, NJ: app
Hackensack, NJ: northjersey
Somerville, NJ: mycentraljersey
Morristown, NJ: dailyrecord.com
Trenton, NJ: trentonian
Cherry Hill, NJ: courierpostonline
Atlantic City, NJ: pressofatlanticcity
Newton, NJ: njherald
Vineland, NJ: thedailyjournal
Los Angeles, CA: abc7.com kabc nbclosangeles knbc foxla kttv ktla latimes dailynews.com laist
    kpcc
Long Beach, CA: presstelegram
Torrance, CA: dailybreeze
Pasadena, CA: pasadenastarnews
Ontario, CA: dailybulletin
Riverside, CA: pe
San Bernardino, CA: sbsun
Santa Ana, CA: ocregister
Palm Springs, CA: kesq desertsun
Chicago, IL: wgntv wgnradio abc7chicago wls wlstv nbcchicago wmaq fox32chicago wfld
    chicagotribune suntimes wbez
Arlington Heights, IL: dailyherald
Munster, IN: nwitimes
Philadelphia, PA: 6abc wpvi nbcphiladelphia fox29 wtxf inquirer philly phillyvoice whyy
    phillytrib phl17
Pottstown, PA: pottsmerc
Norristown, PA: timesherald
Allentown, PA: mcall wfmz
Easton, PA: lehighvalleylive
Reading, PA: readingeagle
Wilmington, DE: delawareonline wdel
Dallas, TX: wfaa nbcdfw kxas fox4news kdfw ktvt dallasnews keranews
Fort Worth, TX: startelegram wbap
Denton, TX: dentonrc
San Francisco, CA: abc7news kgo kron4 kpix sfgate sfchronicle sfexaminer kqed
Oakland, CA: ktvu eastbaytimes
San Jose, CA: nbcbayarea kntv mercurynews
Santa Rosa, CA: pressdemocrat
San Rafael, CA: marinij
Vallejo, CA: timesheraldonline
Napa, CA: napavalleyregister
Atlanta, GA: ajc accessatlanta wsbtv 11alive wxia fox5atlanta cbs46 wgcl wabe wsbradio
Marietta, GA: mdjonline
Lawrenceville, GA: gwinnettdailypost
Gainesville, GA: gainesvilletimes
Athens, GA: onlineathens
Houston, TX: abc13 ktrk khou click2houston kprc fox26houston kriv chron houstonchronicle
    houstonpress houstonpublicmedia
Galveston, TX: galvnews
Conroe, TX: yourconroenews
Washington, DC: nbcwashington wusa9 fox5dc wttg wjla wtop washingtonpost dcist wamu
Frederick, MD: fredericknewspost
Leesburg, VA: loudountimes
Fredericksburg, VA: fredericksburg
Boston, MA: whdh wcvb boston25news fox25boston nbcboston necn bostonglobe bostonherald wbur
    wgbh wickedlocal
Worcester, MA: telegram.com
Quincy, MA: patriotledger
Brockton, MA: enterprisenews
New Bedford, MA: southcoasttoday
Fall River, MA: heraldnews
Lowell, MA: lowellsun
Lawrence, MA: eagletribune
Framingham, MA: metrowestdailynews
Springfield, MA: masslive wwlp westernmassnews
Northampton, MA: gazettenet
Pittsfield, MA: berkshireeagle
Newburyport, MA: newburyportnews
Salem, MA: salemnews
Providence, RI: wpri wjar turnto10 abc6 wlne providencejournal golocalprov
Newport, RI: newportri
Phoenix, AZ: abc15 knxv azfamily kpho kpnx 12news fox10phoenix ktvk azcentral ktar kjzz
Tucson, AZ: tucson kgun9 kold kvoa tucsonnewsnow
Flagstaff, AZ: azdailysun
Yuma, AZ: yumasun kyma
Seattle, WA: king5 komonews kiro7 q13fox kcpq seattletimes kuow mynorthwest
Everett, WA: heraldnet
Tacoma, WA: thenewstribune
Olympia, WA: theolympian
Bellingham, WA: bellinghamherald
Bremerton, WA: kitsapsun
Kennewick, WA: tricityherald
Yakima, WA: yakimaherald kimatv
Spokane, WA: spokesman kxly khq krem
Vancouver, WA: columbian
Tampa, FL: wfla wtsp wfts abcactionnews fox13news tbo baynews9 wtvt
St. Petersburg, FL: tampabay
Sarasota, FL: heraldtribune mysuncoast
Lakeland, FL: theledger
Minneapolis, MN: kare11 fox9 wcco startribune kmsp
Saint Paul, MN: kstp twincities mprnews
Rochester, MN: kttc postbulletin
Duluth, MN: wdio kbjr6 fox21online
St. Cloud, MN: sctimes
Mankato, MN: mankatofreepress
Fargo, ND: inforum kvrr wday kfgo valleynewslive
Denver, CO: 9news kusa kmgh thedenverchannel denver7 kdvr kwgn westword cpr.org kcnc
Colorado Springs, CO: gazette.com kktv krdo fox21news
Pueblo, CO: koaa chieftain
Fort Collins, CO: coloradoan
Boulder, CO: dailycamera
Longmont, CO: timescall
Loveland, CO: reporterherald
Grand Junction, CO: gjsentinel kjct8 kkco11news
Orlando, FL: wesh wftv wkmg clickorlando fox35orlando wofl mynews13 wmfe orlandosentinel
Daytona Beach, FL: newsjournalonline
Melbourne, FL: floridatoday
Ocala, FL: ocala
Gainesville, FL: gainesville wcjb
Miami, FL: wsvn local10 wplg nbcmiami wtvj wfor miamiherald wlrn elnuevoherald
Fort Lauderdale, FL: sunsentinel
West Palm Beach, FL: wpbf wptv cbs12 wpec palmbeachpost
Stuart, FL: tcpalm
Key West, FL: keysnews flkeysnews
Cleveland, OH: wkyc fox8 wjw wews newsnet5 news5cleveland 19actionnews cleveland19 woio
    cleveland ideastream
Akron, OH: ohio beaconjournal
Canton, OH: cantonrep
Youngstown, OH: wkbn wfmj wytv vindy
Warren, OH: tribtoday
Lorain, OH: morningjournal.com
Elyria, OH: chroniclet
Willoughby, OH: news-herald.com
Toledo, OH: wtol 13abc wtvg toledoblade
Lima, OH: limaohio hometownstations
Sacramento, CA: kcra kcrablog sacbee kxtv abc10 news10.net fox40 capradio kovr
Modesto, CA: modbee
Stockton, CA: recordnet
Chico, CA: chicoer actionnewsnow
Redding, CA: redding krcrtv
Eureka, CA: timesstandard
St. Louis, MO: ksdk kmov fox2now ktvi kplr11 stltoday stlpublicradio kmox riverfronttimes
Belleville, IL: bnd
Portland, OR: kgw koin kptv katu oregonlive opb
Salem, OR: statesmanjournal
Eugene, OR: registerguard kezi kval
Medford, OR: mailtribune kdrv kobi5 ktvl
Bend, OR: bendbulletin ktvz
Albany, OR: democratherald
Corvallis, OR: gazettetimes
Charlotte, NC: wbtv wsoc wsoctv wcnc wjzy fox46charlotte wccbcharlotte charlotteobserver wfae
Gastonia, NC: gastongazette
Rock Hill, SC: heraldonline
Hickory, NC: hickoryrecord
Raleigh, NC: wral wtvd abc11 wncn cbs17 newsobserver
Durham, NC: heraldsun wunc
Fayetteville, NC: fayobserver
Jacksonville, NC: jdnews
Greenville, NC: witn wnct reflector
New Bern, NC: wcti12
Wilmington, NC: wect wwaytv3 starnewsonline
Pittsburgh, PA: kdka wtae wpxi postgazette triblive wesa
Washington, PA: observerreporter
Johnstown, PA: wjactv tribdem
Altoona, PA: wtaj wearecentralpa
State College, PA: centredaily
Erie, PA: goerie yourerie wjet erietvnews
Nashville, TN: wsmv wkrn newschannel5 wtvf fox17.com tennessean nashvillescene wpln wztv
Murfreesboro, TN: dnj
Clarksville, TN: theleafchronicle
Baltimore, MD: wbaltv wbal wjz wmar abc2news wmar2news foxbaltimore wbff baltimoresun wypr
Annapolis, MD: capitalgazette hometownannapolis
Westminster, MD: carrollcountytimes
Hagerstown, MD: heraldmailmedia your4state
Salisbury, MD: delmarvanow wboc wmdt
Salt Lake City, UT: ksl kutv abc4 ktvx fox13now kstu sltrib deseretnews
Provo, UT: heraldextra
Ogden, UT: standard.net
St. George, UT: thespectrum
San Diego, CA: 10news kgtv nbcsandiego cbs8 kfmb fox5sandiego kusi sandiegouniontribune
    utsandiego kpbs knsd kswb
San Antonio, TX: ksat kens5 woai news4sanantonio foxsanantonio expressnews mysanantonio
    tpr.org kabb
Columbus, OH: 10tv wbns nbc4i wcmh wsyx6 abc6onyourside dispatch thisweeknews wosu wsyx
Newark, OH: newarkadvocate
Lancaster, OH: lancastereaglegazette
Marion, OH: marionstar
Chillicothe, OH: chillicothegazette
Zanesville, OH: zanesvilletimesrecorder
Kansas City, MO: kmbc kctv5 fox4kc wdaf kshb kansascity kcur
Topeka, KS: wibw ksnt cjonline
Lawrence, KS: ljworld
Wichita, KS: ksn kwch kake kansas
St. Joseph, MO: newspressnow kq2
Indianapolis, IN: wthr wishtv fox59 cbs4indy wttv wrtv theindychannel indystar wfyi
Anderson, IN: heraldbulletin
Muncie, IN: thestarpress
Lafayette, IN: jconline wlfi
Terre Haute, IN: tribstar wthitv mywabashvalley
Evansville, IN: courierpress 14news wfie tristatehomepage 44news
Bloomington, IN: heraldtimesonline
Fort Wayne, IN: wane journalgazette newssentinel wpta21 21alive
South Bend, IN: wndu wsbt abc57 southbendtribune
Elkhart, IN: elkharttruth
Richmond, IN: palitem
Jeffersonville, IN: newsandtribune
Logansport, IN: pharostribune
Goshen, IN: goshennews
Hartford, CT: wfsb nbcconnecticut wvit fox61 courant ctnewsjunkie wnpr ctmirror wtic
New Haven, CT: wtnh nhregister
Bridgeport, CT: ctpost
Danbury, CT: newstimes
New London, CT: theday
Norwich, CT: norwichbulletin
Waterbury, CT: repam
Manchester, CT: journalinquirer
Las Vegas, NV: news3lv ktnv kvvu fox5vegas 8newsnow klas reviewjournal lasvegassun ksnv
Reno, NV: kolotv ktvn 2news rgj mynews4 krnv
Carson City, NV: nevadaappeal
Elko, NV: elkodaily
Milwaukee, WI: wisn tmj4 wtmj4 fox6now cbs58 jsonline wuwm wtmj wdjt
Racine, WI: journaltimes
Madison, WI: wkow channel3000 nbc15 madison
Green Bay, WI: wbay wluk fox11online nbc26 wearegreenbay greenbaypressgazette
Appleton, WI: postcrescent
Oshkosh, WI: thenorthwestern
Fond du Lac, WI: fdlreporter
Manitowoc, WI: htrnews
Wausau, WI: wsaw waow
Eau Claire, WI: weau wqow leadertelegram
La Crosse, WI: wxow news8000 wkbt lacrossetribune
Janesville, WI: gazettextra
Marshfield, WI: marshfieldnewsherald
Stevens Point, WI: stevenspointjournal
Wisconsin Rapids, WI: wisconsinrapidstribune
Chippewa Falls, WI: chippewa
Rockford, IL: wrex wifr mystateline rrstar
Jacksonville, FL: news4jax wjxt firstcoastnews actionnewsjax jacksonville wtlv wjxx wjax
St. Augustine, FL: staugustine
Greenville, SC: wyff4 foxcarolina greenvilleonline wyff whns
Spartanburg, SC: wspa goupstate
Anderson, SC: independentmail
Asheville, NC: wlos citizentimes
High Point, NC: myfox8 wghp hpenews
Winston-Salem, NC: journalnow
Greensboro, NC: wfmy greensboro
Hendersonville, NC: blueridgenow
Burlington, NC: thetimesnews
Salisbury, NC: salisburypost
Goldsboro, NC: newsargus
Rocky Mount, NC: rockymounttelegram
Wilson, NC: wilsontimes
Elizabeth City, NC: dailyadvance
Shelby, NC: shelbystar
Columbia, SC: wistv wltx thestate
Charleston, SC: live5news wcsc counton2 wcbd abcnews4 wciv postandcourier
Myrtle Beach, SC: wbtw wmbf wmbfnews myrtlebeachonline
Florence, SC: wpde scnow
Bluffton, SC: islandpacket blufftontoday
Oklahoma City, OK: koco kfor news9 kwtv okcfox newsok oklahoman
Norman, OK: normantranscript
Lawton, OK: kswo swoknews
Tulsa, OK: ktul kjrh newson6 kotv fox23 tulsaworld
Enid, OK: enidnews
Stillwater, OK: stwnews
Sherman, TX: kxii
Grand Rapids, MI: woodtv wzzm13 fox17online wxmi mlive
Kalamazoo, MI: wwmt
Lansing, MI: wilx wlns lsj
Detroit, MI: wxyz clickondetroit wdiv fox2detroit wjbk freep detroitnews wdet
Pontiac, MI: theoaklandpress
Mount Clemens, MI: macombdaily
Flint, MI: abc12 wjrt nbc25news
Saginaw, MI: wnem
Port Huron, MI: thetimesherald
Monroe, MI: monroenews
Traverse City, MI: upnorthlive recordeagle
Marquette, MI: miningjournal
Holland, MI: hollandsentinel
Adrian, MI: lenconnect
Albuquerque, NM: koat kob krqe abqjournal
Las Cruces, NM: lcsunnews
Birmingham, AL: wbrc wvtm13 abc3340 cbs42 wiat al wbma wvtm
Huntsville, AL: waff whnt waaytv
Montgomery, AL: wsfa waka alabamanews montgomeryadvertiser
Dothan, AL: wtvy wdhn dothaneagle
Tuscaloosa, AL: tuscaloosanews wvua23
Anniston, AL: annistonstar
Gadsden, AL: gadsdentimes
Florence, AL: timesdaily
Decatur, AL: decaturdaily
Opelika, AL: oanow
Mobile, AL: wkrg fox10tv local15tv wpmi
Memphis, TN: wreg wmcactionnews5 actionnews5 wmctv localmemphis fox13memphis
    commercialappeal whbq watn
Jackson, TN: wbbjtv jacksonsun
Norfolk, VA: 13newsnow wvec wtkr pilotonline
Portsmouth, VA: wavy
Newport News, VA: dailypress
Richmond, VA: wtvr nbc12 wwbt wric 8news richmond
Roanoke, VA: wsls wdbj7 wfxr roanoke
Lynchburg, VA: wset newsadvance
Charlottesville, VA: nbc29 cbs19news newsplex dailyprogress
Harrisonburg, VA: whsv dnronline
Staunton, VA: newsleader.com
Bristol, VA: wcyb heraldcourier
Martinsville, VA: martinsvillebulletin
Danville, VA: godanriver
Johnson City, TN: wjhl johnsoncitypress
Kingsport, TN: timesnews.net
Bluefield, WV: wvva
Louisville, KY: wlky wdrb wave3 whas11 courierjournal wfpl
Lexington, KY: lex18 wkyt kentucky wtvq abc36
Bowling Green, KY: wbko bgdailynews
Hopkinsville, KY: kentuckynewera
Paducah, KY: wpsdlocal6
Hazard, KY: wymt
Cape Girardeau, MO: kfvs kfvs12 semissourian
Huntington, WV: wsaz wowktv heralddispatch
Charleston, WV: wchstv wvgazettemail wvgazette wvmetronews
Clarksburg, WV: wboy
Wheeling, WV: wtrf
Morgantown, WV: dominionpost
Parkersburg, WV: newsandsentinel wtap
Beckley, WV: registerherald
Fairmont, WV: timeswv
Steubenville, OH: wtov9
New Orleans, LA: wwltv wwl wdsu fox8live wvue wgno nola
Baton Rouge, LA: wafb wbrz brproud
Shreveport, LA: ksla ktbs arklatexhomepage shreveporttimes
Lafayette, LA: klfy katc theadvertiser
Lake Charles, LA: kplctv americanpress
Monroe, LA: knoe myarklamiss thenewsstar
Houma, LA: houmatoday
Thibodaux, LA: dailycomet
Alexandria, LA: kalb thetowntalk
Buffalo, NY: wgrz wivb wkbw buffalonews wbfo wben
Niagara Falls, NY: niagaragazette
Batavia, NY: thebatavian
Rochester, NY: whec 13wham wroc democratandchronicle rochesterfirst
Syracuse, NY: syracuse cnycentral localsyr
Utica, NY: wktv uticaod
Rome, NY: romesentinel
Binghamton, NY: wbng pressconnects binghamtonhomepage
Elmira, NY: stargazette mytwintiers
Albany, NY: news10 wten wnyt wrgb cbs6albany timesunion
Schenectady, NY: dailygazette
Troy, NY: troyrecord
Glens Falls, NY: poststar
Watertown, NY: wwnytv nny360 watertowndailytimes
Plattsburgh, NY: pressrepublican
Ithaca, NY: ithacajournal
Hornell, NY: theeveningtribune
Burlington, VT: wcax burlingtonfreepress
Montpelier, VT: vtdigger
Manchester, NH: wmur unionleader
Portsmouth, NH: seacoastonline
Dover, NH: fosters
Keene, NH: sentinelsource
Portland, ME: wcsh6 wgme wmtw pressherald newscentermaine
Bangor, ME: wlbz2 wabi bangordailynews
Augusta, ME: centralmaine
Lewiston, ME: sunjournal
Fresno, CA: kfsn abc30 fresnobee kmph yourcentralvalley ksee24 cbs47 kgpe
Visalia, CA: visaliatimesdelta
Hanford, CA: hanfordsentinel
Merced, CA: mercedsunstar
Bakersfield, CA: kget turnto23 bakersfield bakersfieldnow
Little Rock, AR: arkansasonline thv11 kthv katv kark fox16
Fort Smith, AR: 5newsonline kfsm swtimes 4029tv
Fayetteville, AR: nwahomepage nwaonline
Jonesboro, AR: kait8
Wilkes-Barre, PA: pahomepage wbre timesleader citizensvoice
Scranton, PA: wnep thetimestribune
Hazleton, PA: standardspeaker
Pottsville, PA: republicanherald
Williamsport, PA: sungazette
Stroudsburg, PA: poconorecord
Sunbury, PA: dailyitem
Lancaster, PA: wgal lancasteronline
York, PA: fox43 ydr yorkdispatch
Harrisburg, PA: pennlive abc27 whtm cbs21 local21news
Carlisle, PA: cumberlink
Hanover, PA: eveningsun
Chambersburg, PA: publicopiniononline
Lebanon, PA: ldnews
Knoxville, TN: wate wbir wvlt local8now knoxnews
Chattanooga, TN: wrcbtv newschannel9 wtvc wdef timesfreepress
Dayton, OH: wdtn whio wkef daytondailynews
Springfield, OH: springfieldnewssun
Hamilton, OH: journalnews
Cincinnati, OH: wlwt wcpo wkrc local12 fox19 wxix cincinnati wvxu
Coshocton, OH: coshoctontribune
Fremont, OH: thenewsmessenger
Port Clinton, OH: portclintonnewsherald
Bucyrus, OH: bucyrustelegraphforum
Honolulu, HI: khon2 kitv hawaiinewsnow kgmb khnl staradvertiser civilbeat
Hilo, HI: hawaiitribuneherald
Wailuku, HI: mauinews
Des Moines, IA: kcci whotv weareiowa desmoinesregister
Waterloo, IA: kwwl wcfcourier
Cedar Rapids, IA: kcrg kgan cbs2iowa thegazette
Iowa City, IA: presscitizen
Davenport, IA: kwqc kwqcnews qctimes
Moline, IL: wqad qconline
Sioux City, IA: ktiv kcautv siouxcityjournal
Ames, IA: amestrib
Mason City, IA: kimt globegazette
Dubuque, IA: telegraphherald thonline
Council Bluffs, IA: nonpareilonline
Ottumwa, IA: ottumwacourier
Omaha, NE: ketv wowt kmtv 3newsnow omaha
Lincoln, NE: klkntv 1011now journalstar
Kearney, NE: kearneyhub
Columbus, NE: columbustelegram
Fremont, NE: fremonttribune
Beatrice, NE: beatricedailysun
York, NE: yorknewstimes
North Platte, NE: nptelegraph
Grand Island, NE: theindependent.com
Hastings, NE: hastingstribune
Springfield, MO: ky3 kytv kolr10 ozarksfirst kspr news-leader.com
Joplin, MO: fourstateshomepage ksnf joplinglobe
Columbia, MO: columbiamissourian komu abc17news kmiz
Jefferson City, MO: krcg
Springfield, IL: wics newschannel20 sjr
Champaign, IL: wcia newsgazette
Decatur, IL: wandtv heraldreview
Bloomington, IL: pantagraph
Peoria, IL: week cinewsnow wmbd centralillinoisproud pjstar 25newsnow
Quincy, IL: wgem khqa whig
Carbondale, IL: thesouthern
Waco, TX: kwtx kxxv wacotrib
Temple, TX: kcentv
Killeen, TX: kdhnews
Bryan, TX: kbtx theeagle
Jackson, MS: wlbt wjtv wapt msnewsnow clarionledger
Meridian, MS: wtok meridianstar
Biloxi, MS: wlox sunherald
Gulfport, MS: wxxv25
Tupelo, MS: wtva djournal
Columbus, MS: wcbi
Hattiesburg, MS: wdam hattiesburgamerican
Pascagoula, MS: gulflive
El Paso, TX: kvia ktsm kfox14 elpasotimes
Tallahassee, FL: wctv wtxl tallahassee
Panama City, FL: wjhg wmbb newsherald.com
Fort Walton Beach, FL: nwfdailynews
Pensacola, FL: pnj weartv
Fort Myers, FL: winknews nbc2 fox4now wftx newspress abc-7.com
Naples, FL: naplesnews
Sioux Falls, SD: keloland kdlt ksfy dakotanewsnow argusleader
Rapid City, SD: kotatv newscenter1 rapidcityjournal
Bismarck, ND: kfyrtv kxnet bismarcktribune
Tyler, TX: kltv ketk kytx cbs19.tv tylerpaper
Boise, ID: ktvb kboi kboi2 kivitv idahostatesman
Nampa, ID: idahopress
Twin Falls, ID: magicvalley kmvt
Idaho Falls, ID: localnews8 kifi eastidahonews postregister
Pocatello, ID: idahostatejournal kpvi
Lewiston, ID: lmtribune
Augusta, GA: wrdw wjbf wfxg augustachronicle
Savannah, GA: wtoc wjcl wsav savannahnow
Columbus, GA: wtvm wrbl wltz ledgerenquirer
Macon, GA: wmaz 13wmaz wgxa 41nbc macon
Albany, GA: walb albanyherald
Thomasville, GA: thomasvilletimes
Salinas, CA: ksbw kion546 thecalifornian
Monterey, CA: montereyherald
Santa Barbara, CA: keyt noozhawk
San Luis Obispo, CA: ksby
Corpus Christi, TX: kiiitv kristv caller.com
Weslaco, TX: krgv
Harlingen, TX: valleycentral kgbt
McAllen, TX: themonitor
Amarillo, TX: newschannel10 kfda abc7amarillo kamr myhighplains amarillo
Lubbock, TX: kcbd everythinglubbock klbk kamc fox34 lubbockonline
Midland, TX: newswest9 kwes mrt yourbasin
Odessa, TX: cbs7 kosa oaoa
Abilene, TX: reporternews ktab bigcountryhomepage ktxs
San Angelo, TX: gosanangelo conchovalleyhomepage
Wichita Falls, TX: kauz newschannel6now timesrecordnews texomashomepage
Beaumont, TX: kfdm 12newsnow kbmt beaumontenterprise
Port Arthur, TX: panews
Laredo, TX: lmtonline kgns
Austin, TX: kxan kvue fox7austin keye cbsaustin statesman kut ktbc
Corsicana, TX: corsicanadailysun
Billings, MT: ktvq kulr8 billingsgazette
Great Falls, MT: krtv greatfallstribune
Bozeman, MT: kbzk bozemandailychronicle
Missoula, MT: missoulian kpax nbcmontana
Helena, MT: helenair kxlh
Butte, MT: mtstandard
Cheyenne, WY: wyomingnews
Casper, WY: trib.com kcwy13
Anchorage, AK: adn ktuu ktva alaskapublic
Fairbanks, AK: newsminer webcenter11
Juneau, AK: juneauempire ktoo
Dallas, TX: kera
New Orleans, LA: wwno
Seattle, WA: kiro kirotv thestranger
Winston-Salem, NC: wxii
Roanoke, VA: wdbj
Steubenville, OH: wtov
Fort Wayne, IN: wfft
Indianapolis, IN: rtv6
Chattanooga, TN: local3news
Nashville, TN: fox17.com
Gulfport, MS: wxxv
Mobile, AL: wala
Lafayette, LA: kadn
Grand Junction, CO: kkco
Kennewick, WA: kndu nbcrightnow
Pasco, WA: kepr
Yakima, WA: kndo
Birmingham, AL: wbhm
Tampa, FL: wusf
Jacksonville, FL: wjct wokv
Fort Myers, FL: wgcu
Greeley, CO: kunc
Norman, OK: kgou
Santa Monica, CA: kcrw
Lexington, KY: wuky
Albany, NY: wamc
Fairfield, CT: wshu
Oswego, NY: wrvo
Rochester, NY: wxxi
Binghamton, NY: wskg
Fresno, CA: kvpr
Reno, NV: kunr
Salt Lake City, UT: kuer kued
Flagstaff, AZ: knau
Tacoma, WA: knkx kplu
Ann Arbor, MI: michiganradio
Chicago, IL: chicagoreader
New York City, NY: villagevoice
Los Angeles, CA: laweekly
San Francisco, CA: sfweekly
Fort Lauderdale, FL: browardpalmbeach
Minneapolis, MN: citypages
Cleveland, OH: clevescene
Portland, OR: wweek
Detroit, MI: metrotimes
Kansas City, MO: thepitchkc
Durham, NC: indyweek
San Antonio, TX: sacurrent
Santa Ana, CA: ocweekly
Oakland, CA: eastbayexpress
Baton Rouge, LA: theadvocate.com wvla
New Iberia, LA: iberianet
Hammond, LA: hammondstar
Bossier City, LA: bossierpress
Natchez, MS: natchezdemocrat
Vicksburg, MS: vicksburgpost
Columbus, MS: cdispatch
Oxford, MS: oxfordeagle
Brookhaven, MS: dailyleader
Picayune, MS: picayuneitem
Greenwood, MS: wabg
Owensboro, KY: messengerinquirer
Henderson, KY: thegleaner
Paducah, KY: paducahsun
Elizabethtown, KY: thenewsenterprise
Ashland, KY: dailyindependent
Richmond, KY: richmondregister
Danville, KY: amnews
Middlesboro, KY: middlesboronews
Bowling Green, KY: wnky
Maryville, TN: thedailytimes
Morristown, TN: citizentribune
Greeneville, TN: greenevillesun
Cleveland, TN: clevelandbanner
Columbia, TN: columbiadailyherald
Cookeville, TN: heraldcitizen
Lebanon, TN: lebanondemocrat
Oak Ridge, TN: oakridger
Tullahoma, TN: tullahomanews
Kingsport, TN: wkpt
Memphis, TN: wkno
Greenwood, SC: indexjournal
Orangeburg, SC: thetandd
Aiken, SC: aikenstandard
Sumter, SC: theitem
Beaufort, SC: beaufortgazette
Columbia, SC: wach
Spartanburg, SC: shj
Hilton Head Island, SC: hiltonheadislandpacket
Lumberton, NC: robesonian
Sanford, NC: sanfordherald
Kinston, NC: kinston
Statesville, NC: statesville
Concord, NC: independenttribune
Morganton, NC: morganton
Winston-Salem, NC: wxlv
Brunswick, GA: thebrunswicknews
Valdosta, GA: valdostadailytimes
Dalton, GA: daltondailycitizen
Rome, GA: northwestgeorgianews
Carrollton, GA: timesgeorgian
Griffin, GA: griffindailynews
Newnan, GA: times-herald.com
LaGrange, GA: lagrangenews
Statesboro, GA: statesboroherald
Milledgeville, GA: unionrecorder
Covington, GA: covnews
Americus, GA: americustimesrecorder
Tifton, GA: tiftongazette
Bradenton, FL: bradenton
Port Charlotte, FL: yoursun
Fort Pierce, FL: wqcs
Panama City, FL: mypanhandle
Sebring, FL: highlandstoday
Palatka, FL: palatkadailynews
Lake City, FL: lakecityreporter
Leesburg, FL: dailycommercial
Crystal River, FL: chronicleonline
Gainesville, FL: wuft
Cumberland, MD: times-news.com wcbc
Easton, MD: stardem
Elkton, MD: cecildaily
La Plata, MD: somdnews
Lexington Park, MD: thebaynet
Dover, DE: doverpost delawarestatenews
Lewes, DE: capegazette
Manassas, VA: insidenova
Winchester, VA: winchesterstar
Strasburg, VA: nvdaily
Culpeper, VA: starexponent
Waynesboro, VA: newsvirginian
Petersburg, VA: progressindex
Williamsburg, VA: vagazette
Arlington, VA: arlnow
Fairfax, VA: ffxnow fairfaxtimes
Bluefield, WV: bdtonline
Martinsburg, WV: journal-news.net
Lewisburg, WV: wvdn
Logan, WV: logannews
Beaver, PA: timesonline
Uniontown, PA: heraldstandard
Butler, PA: butlereagle
Indiana, PA: indianagazette
Oil City, PA: thederrick
Meadville, PA: meadvilletribune
Sharon, PA: sharonherald
New Castle, PA: ncnewsonline
Bradford, PA: bradfordera
Altoona, PA: altoonamirror
Doylestown, PA: theintell
Levittown, PA: buckscountycouriertimes phillyburbs
West Chester, PA: dailylocal
Media, PA: delcotimes
Lock Haven, PA: lockhaven
Lewistown, PA: lewistownsentinel
Gettysburg, PA: gettysburgtimes
Kingston, NY: dailyfreeman
Poughkeepsie, NY: poughkeepsiejournal
Auburn, NY: auburnpub
Geneva, NY: fltimes
Canandaigua, NY: mpnnow
Jamestown, NY: post-journal.com
Dunkirk, NY: observertoday
Olean, NY: oleantimesherald
Lockport, NY: lockportjournal
Oneonta, NY: thedailystar.com
Gloversville, NY: leaderherald
Saratoga Springs, NY: saratogian
Hudson, NY: registerstar
Oneida, NY: oneidadispatch
Plattsburgh, NY: wptz mynbc5
Burlington, VT: mychamplainvalley sevendaysvt
Rutland, VT: rutlandherald
Barre, VT: timesargus
Brattleboro, VT: reformer
Bennington, VT: benningtonbanner
St. Johnsbury, VT: caledonianrecord
Concord, NH: concordmonitor
Nashua, NH: nashuatelegraph
Laconia, NH: laconiadailysun
Conway, NH: conwaydailysun
Brunswick, ME: timesrecord
Presque Isle, ME: wagmtv
Hyannis, MA: capecodtimes
Taunton, MA: tauntongazette
Attleboro, MA: thesunchronicle
Milford, MA: milforddailynews
Lynn, MA: itemlive
Gloucester, MA: gloucestertimes
Greenfield, MA: recorder.com
Fitchburg, MA: sentinelandenterprise
Westfield, MA: thewestfieldnews
Pittsfield, MA: iberkshires
Woonsocket, RI: woonsocketcall
Westerly, RI: westerlysun
Stamford, CT: stamfordadvocate
Greenwich, CT: greenwichtime
Norwalk, CT: thehour
Middletown, CT: middletownpress
New Britain, CT: newbritainherald
Bristol, CT: bristolpress
Torrington, CT: registercitizen
Meriden, CT: myrecordjournal
Freehold, NJ: centraljersey
Willingboro, NJ: burlingtoncountytimes
Jersey City, NJ: jerseyjournal
Mansfield, OH: mansfieldnewsjournal
Sandusky, OH: sanduskyregister
Norwalk, OH: norwalkreflector
Findlay, OH: thecourier.com
Defiance, OH: crescentnews
Sidney, OH: sidneydailynews
Piqua, OH: dailycall
Troy, OH: troydailynews
Delaware, OH: delgazette
Wooster, OH: the-daily-record.com
Ashland, OH: times-gazette.com
Medina, OH: medina-gazette.com
Ravenna, OH: record-courier.com
Ashtabula, OH: starbeacon
New Philadelphia, OH: timesreporter
Massillon, OH: indeonline
Alliance, OH: the-review.com
Athens, OH: athensmessenger
Portsmouth, OH: portsmouthdailytimes
Ironton, OH: irontontribune
Wilmington, OH: wnewsj
Xenia, OH: xeniagazette
Zanesville, OH: whiznews
Lima, OH: wlio
Kokomo, IN: kokomotribune
Marion, IN: chronicletribune
Seymour, IN: tribtown
Vincennes, IN: suncommercial
Washington, IN: washtimesherald
Greensburg, IN: greensburgdailynews
Bedford, IN: wbiw
Merrillville, IN: posttrib
Terre Haute, IN: wtwo
Kankakee, IL: daily-journal.com
Ottawa, IL: mywebtimes
Peru, IL: newstrib
DeKalb, IL: daily-chronicle.com
Crystal Lake, IL: nwherald
St. Charles, IL: kcchronicle
Aurora, IL: beaconnews
Joliet, IL: theheraldnews
Sterling, IL: saukvalley
Galesburg, IL: galesburg
Alton, IL: thetelegraph
Carbondale, IL: wsiltv
Springfield, IL: wrsp fox55illinois
Bloomington, IL: wjbc
Battle Creek, MI: battlecreekenquirer
Midland, MI: ourmidland
Mount Pleasant, MI: themorningsun
St. Joseph, MI: heraldpalladium
Sturgis, MI: sturgisjournal
Ludington, MI: ludingtondailynews
Petoskey, MI: petoskeynews
Alpena, MI: thealpenanews
Houghton, MI: mininggazette
Iron Mountain, MI: ironmountaindailynews
Escanaba, MI: dailypress.net
Sault Ste. Marie, MI: sooeveningnews
Cadillac, MI: 9and10news
Marquette, MI: wluctv6 wzmq19
Livonia, MI: hometownlife
Hillsdale, MI: hillsdale.net
Kenosha, WI: kenoshanews
Sheboygan, WI: sheboyganpress
Wausau, WI: wausaudailyherald
Beloit, WI: beloitdailynews
Superior, WI: superiortelegram
Waukesha, WI: gmtoday
Baraboo, WI: wiscnews
Rhinelander, WI: wjfw
Green Bay, WI: wfrv local5live
Madison, WI: wmtv wisc
Duluth, MN: duluthnewstribune kbjr
Brainerd, MN: brainerddispatch
Bemidji, MN: bemidjipioneer
Willmar, MN: wctrib
Alexandria, MN: echopress
Detroit Lakes, MN: dlonline
Austin, MN: austindailyherald kaaltv
Albert Lea, MN: albertleatribune
Marshall, MN: marshallindependent
New Ulm, MN: nujournal
Mankato, MN: keyc
Grand Forks, ND: grandforksherald wdaz
Minot, ND: minotdailynews kmot
Jamestown, ND: jamestownsun
Fargo, ND: kvly kxjb
Bismarck, ND: kxmb
Mitchell, SD: mitchellrepublic
Aberdeen, SD: aberdeennews
Pierre, SD: capjournal
Yankton, SD: yankton.net
Brookings, SD: brookingsregister
Watertown, SD: thepublicopinion
Rapid City, SD: kevn blackhillsfox
Burlington, IA: thehawkeye
Muscatine, IA: muscatinejournal
Fort Dodge, IA: messengernews
Newton, IA: newtondailynews
Clinton, IA: clintonherald
Carroll, IA: carrollspaper
Spencer, IA: spencerdailyreporter
Shenandoah, IA: kmaland
Ottumwa, IA: ktvo
Des Moines, IA: woi
Hutchinson, KS: hutchnews
Salina, KS: salina.com
Emporia, KS: emporiagazette
Garden City, KS: gctelegram
Hays, KS: hayspost
Dodge City, KS: dodgeglobe
Pittsburg, KS: morningsun.net
Manhattan, KS: themercury
Leavenworth, KS: leavenworthtimes
Ottawa, KS: ottawaherald
Parsons, KS: parsonssun
Wichita, KS: ksnw kmuw
Columbia, MO: columbiatribune
Jefferson City, MO: newstribune.com
Poplar Bluff, MO: darnews
Washington, MO: emissourian
Warrensburg, MO: dailystarjournal
Sedalia, MO: sedaliademocrat
Hannibal, MO: hannibal.net
Kirksville, MO: kirksvilledailyexpress
Maryville, MO: maryvilledailyforum
Joplin, MO: koamtv
St. Louis, MO: stlamerican
Norfolk, NE: norfolkdailynews
Scottsbluff, NE: starherald
North Platte, NE: knop
Muskogee, OK: muskogeephoenix
Tahlequah, OK: tahlequahdailypress
McAlester, OK: mcalesternews
Claremore, OK: claremoreprogress
Bartlesville, OK: examinerenterprise
Ponca City, OK: poncacitynews
Duncan, OK: duncanbanner
Ada, OK: theadanews
Edmond, OK: edmondsun
Ardmore, OK: ardmoreite
Texarkana, TX: texarkanagazette txktoday
Mountain Home, AR: baxterbulletin
Hot Springs, AR: hotsr
Conway, AR: thecabin
Pine Bluff, AR: pbcommercial
Jonesboro, AR: jonesborosun
El Dorado, AR: eldoradonews
Fayetteville, AR: knwa
Longview, TX: news-journal.com
Lake Jackson, TX: thefacts
Baytown, TX: baytownsun
Victoria, TX: victoriaadvocate
Paris, TX: theparisnews
Greenville, TX: heraldbanner
Lufkin, TX: lufkindailynews
Nacogdoches, TX: dailysentinel
Marshall, TX: marshallnewsmessenger
Palestine, TX: palestineherald
Athens, TX: athensreview
Mineral Wells, TX: mineralwellsindex
Weatherford, TX: weatherforddemocrat
Cleburne, TX: cleburnetimesreview
Big Spring, TX: bigspringherald
San Marcos, TX: sanmarcosrecord
Seguin, TX: seguingazette
New Braunfels, TX: heraldzeitung
Temple, TX: tdtnews
Midland, TX: kmid
El Paso, TX: kdbc
Brownsville, TX: brownsvilleherald
Harlingen, TX: valleymorningstar
Santa Fe, NM: santafenewmexican
Farmington, NM: daily-times.com
Carlsbad, NM: currentargus
Alamogordo, NM: alamogordonews
Ruidoso, NM: ruidosonews
Deming, NM: demingheadlight
Hobbs, NM: hobbsnews
Roswell, NM: rdrnews
Las Cruces, NM: krwg
Albuquerque, NM: kunm
Kingman, AZ: kingmandailyminer
Prescott, AZ: dcourier
Sierra Vista, AZ: svherald
Lake Havasu City, AZ: havasunews
Casa Grande, AZ: pinalcentral
Nogales, AZ: nogalesinternational
Payson, AZ: paysonroundup
Logan, UT: hjnews
Park City, UT: parkrecord
St. George, UT: stgeorgeutah
Tooele, UT: tooeletranscript
Greeley, CO: greeleytribune
Steamboat Springs, CO: steamboattoday
Vail, CO: vaildaily
Aspen, CO: aspentimes
Glenwood Springs, CO: postindependent
Frisco, CO: summitdaily
Durango, CO: durangoherald
Cortez, CO: the-journal.com
Montrose, CO: montrosepress
Canon City, CO: canoncitydailyrecord
Craig, CO: craigdailypress
Sterling, CO: journal-advocate.com
Denver, CO: denverpost denverite coloradosun
Kalispell, MT: dailyinterlake flatheadbeacon
Hamilton, MT: ravallirepublic
Gillette, WY: gillettenewsrecord
Rock Springs, WY: rocketminer
Laramie, WY: laramieboomerang
Sheridan, WY: thesheridanpress
Cody, WY: codyenterprise
Jackson, WY: jhnewsandguide
Riverton, WY: dailyranger
Cheyenne, WY: kgwn
Coeur d'Alene, ID: cdapress
Sandpoint, ID: bonnercountydailybee
Moscow, ID: dnews
Kenai, AK: peninsulaclarion
Wasilla, AK: frontiersman
Kodiak, AK: kodiakdailymirror
Ketchikan, AK: ketchikandailynews
Sitka, AK: sitkasentinel
Kailua-Kona, HI: westhawaiitoday
Lihue, HI: thegardenisland
Kahului, HI: mauinow
Mount Vernon, WA: goskagit
Port Angeles, WA: peninsuladailynews
Longview, WA: tdn
Centralia, WA: chronline
Walla Walla, WA: unionbulletin
Wenatchee, WA: wenatcheeworld
Moses Lake, WA: columbiabasinherald
Aberdeen, WA: thedailyworld
Spokane, WA: inlander kayu
Seattle, WA: seattlepi
McMinnville, OR: newsregister
Pendleton, OR: eastoregonian
Ontario, OR: argusobserver
Baker City, OR: bakercityherald
La Grande, OR: lagrandeobserver
Hood River, OR: hoodrivernews
Astoria, OR: dailyastorian
Coos Bay, OR: theworldlink
Roseburg, OR: nrtoday
Portland, OR: portlandmercury
Eugene, OR: kmtr
Victorville, CA: vvdailypress
Lancaster, CA: avpress
Santa Clarita, CA: signalscv
Ventura, CA: vcstar
West Covina, CA: sgvtribune
Whittier, CA: whittierdailynews
Redlands, CA: redlandsdailyfacts
El Centro, CA: ivpressonline
Palm Springs, CA: kmir
San Luis Obispo, CA: sanluisobispo
Santa Maria, CA: santamariatimes kcoy
Lompoc, CA: lompocrecord
Santa Cruz, CA: santacruzsentinel
Fairfield, CA: dailyrepublic
Vacaville, CA: thereporter
Marysville, CA: appealdemocrat
Lodi, CA: lodinews
Manteca, CA: mantecabulletin
Tracy, CA: tracypress
Grass Valley, CA: theunion
Placerville, CA: mtdemocrat
Oroville, CA: orovillemr
Ukiah, CA: ukiahdailyjournal
Crescent City, CA: triplicate
Turlock, CA: turlockjournal
Porterville, CA: recorderonline
Palo Alto, CA: paloaltoonline
San Mateo, CA: smdailyjournal
Berkeley, CA: berkeleyside
Bakersfield, CA: kbak
"""


def _parse(text: str) -> dict[str, str]:
    """The host keys of `text`'s market lines, each with its market's city ("Atlanta, GA")."""
    table: dict[str, str] = {}
    city = ""
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line[0].isspace():  # a new market; an indented line goes on with the last one
            city, line = line.split(": ", 1)
        for key in line.split():
            if key in table and table[key] != city:
                raise ValueError(f"outlet {key!r} in two markets: {table[key]}, {city}")
            table[key] = city
    return table


MARKET_OUTLETS: dict[str, str] = _parse(_MARKETS)
"""Host key -> the city of the outlet's market ("wsbtv": "Atlanta, GA")."""
