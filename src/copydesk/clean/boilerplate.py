"""Publisher boilerplate in already-extracted text: appeals, newsletter and app prompts, promotions,
share labels, credits, author bios, legal lines, truncation markers and navigation residue.

The rules read one paragraph or one sentence at a time and say why it is boilerplate, or nothing.
They are written for the language-independent shape of such text (short, in the publisher's own
voice, about the reader rather than the story) plus the words publishers use for it in English,
German, French, Spanish, Italian, Portuguese and, for the commonest lines ("read also", share buttons,
rights reserved, advertising slots), a score of other languages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Set as AbstractSet
from functools import lru_cache

from copydesk.clean.patterns import Anchored, LabelLines, Lines
from copydesk.clean.text import HAN_KANA, sentence_spans
from copydesk.extract.content import AGENCY_CREDIT
from copydesk.extract.dates import (
    MONTH_NAMES,
    SHORT_YEAR_DATE,
    WEEKDAY_NAMES,
    ascii_digits,
    find_date,
    without_calendar_dates,
)
from copydesk.scripts import MARKS, WORD

_FLAGS = re.I
_NETWORK = r"(?:twitter|facebook|instagram|youtube|tiktok|linkedin|threads|bluesky|x|snapchat|whatsapp|telegram)"
# Month names and their abbreviations in English, German, Dutch, French, Spanish, Italian and
# Portuguese, for datelines ("12 maart 2024, 10:15", "3. März 2024", "12 de marzo de 2024").
MONTHS = (
    r"jan(?:uary|uar|uari|\.)?|feb(?:ruary|ruar|ruari|\.)?|mar(?:ch|s|zo|ço)?|märz|maart|apr(?:il|ile)?|may|mai|mei|"
    r"june?|juni|july?|juli|aug(?:ust|ustus)?|sep(?:t|tember|tembre)?|oct(?:ober|obre)?|okt(?:ober)?|"
    r"nov(?:ember|embre)?|dec(?:ember)?|dez(?:ember)?|janvier|février|févr|avril|avr|juin|juillet|juil|"
    r"août|septembre|décembre|déc|enero|febrero|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
    r"octubre|noviembre|diciembre|ene|abr|ago|dic|gennaio|febbraio|maggio|giugno|luglio|settembre|ottobre|"
    r"dicembre|gen|giu|lug|set|ott|janeiro|fevereiro|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"fev|out|mrt|janv|"
    # Indonesian months not read above ("14 Maret 2024")
    r"maret|agustus|desember"
)
# Arabic month names ("الخميس، 14 مارس 2024") and weekdays
_ARABIC_MONTHS = r"يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"
_ARABIC_WEEKDAYS = r"الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت"
# Polish and Russian (in the genitive a date takes) and Turkish month names: read only between a day and
# a year ("12 marca 2024"; "Maja", "Nisan" and "Kasım" are names too)
_DAY_MONTHS = (
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    r"января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
    r"ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    # their short forms ("12 sty 2024", "12 мар 2024")
    r"sty|lut|kwi|maj|cze|lip|sie|wrz|paź|lis|gru|янв|фев|мар|апр|май|июн|июл|авг|сен|окт|ноя|дек"
)
# A day and a month without the year, then the time of day: a comment's time under its writer's name ("15 мая,
# 17:02", "12 May, 14:05"), read only after that name (a line alone may be a live story's or a schedule's)
DAY_MONTH_CLOCK = re.compile(
    rf"^\d{{1,2}}\.?\s+(?:{MONTHS}|{_DAY_MONTHS})\.?,?\s+(?:(?:at|um|à|a las|alle|в|o)\s+)?\d{{1,2}}[:.]\d\d\W*$",
    re.IGNORECASE,
)
# "Updated", "published" and what may follow them, in German, French, Spanish, Italian, Portuguese, Dutch,
# Polish, Turkish and Russian ("Veröffentlicht am", "Publié le", "Opublikowano:")
_STAMP_WORDS = (
    r"(?:(?:zuletzt )?aktualisiert|veröffentlicht|erstellt|publié|mis à jour|modifié|actualizado|publicado|"
    r"aggiornato|modifica|pubblicato|atualizado|bijgewerkt|gepubliceerd|aktualizacja|opublikowano|güncelleme|güncellendi|"
    r"yayınlanma|giriş|son güncelleme|обновлено|опубликовано|פורסם|עודכן|نشر|تحديث|publicerad|uppdaterad|"
    r"publiceret|opdateret|publisert|oppdatert|julkaistu|päivitetty|publikováno|aktualizováno|objavljeno|"
    r"ažurirano|publicat|actualizat|frissítve|publikálva)(?:\s+(?:le|am|el|il|em|op|on|at|um|kl\.?|klo))?"
)

# The reader's inbox in Spanish, French, German, Italian, Portuguese and Dutch, and the words of a
# newsletter or a subscription that make it a newsletter prompt.
_INBOX = (
    r"\b(?:en tu (?:correo|bandeja de entrada|e-?mail)|dans votre boîte (?:mail|e-mail|de réception)|"
    r"in ihr(?:em)? (?:e-mail-)?postfach|nella tua (?:casella (?:di posta|e-?mail)|e-?mail|inbox)|"
    r"no seu e-?mail|na sua caixa de entrada|in (?:je|uw) (?:mailbox|inbox))"
)
_LETTER_WORDS = r"\b(?:newsletter|boletín|nieuwsbrief|abonn|suscr|inscr|iscriv|assin|anmeld|registr)"
# A paywall's note: on a story's own text, or alone on its line (not "The series is only for subscribers
# in the US").
_PAYWALL = (
    r"(?:nur|exklusiv) für (?:abonnenten|abonnentinnen)|réservée? aux abonnés|"
    r"exclusivo para (?:suscriptores|assinantes|socios)|riservato agli abbonati|alleen voor abonnees|"
    r"tylko dla (?:prenumeratorów|subskrybentów)|только для подписчиков"
)
# How to reach the author: part of a bio wherever it stands, never a story's sentence about a journalist.
_BIO_CONTACT = (
    r"\b(?:can be reached at|follow (?:him|her|them) on (?:twitter|x)|"
    r"(?:e-?mail|contact) (?:him|her|them)(?: direct(?:ly)?)? at)\b"
)
BIO_CONTACT = re.compile(_BIO_CONTACT, _FLAGS)
# Each reason: patterns that mark a paragraph or a sentence on their own.
# A caption is no one's words: not a line that says someone said so ("This photo shows the moment the bridge
# fell, witnesses said.")
_NOT_REPORTED = r"(?!.*\b(?:said|says|told|according to)\b)"
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "truncation",
        re.compile(r"(?:…|\.\.\.)\s*\[\+\d+ (?:chars|characters)\]\s*$", _FLAGS),
    ),
    (
        "appeal",
        re.compile(
            r"^your support\b|\b(?:your (?:support|donations?|contributions?) (?:helps?|allows?|makes?|keeps?|"
            r"enables?|means?|matters)|support (?:us|our journalism|independent journalism|quality journalism)|"
            r"(?:make|making) a (?:contribution|donation) (?:today|now|to us|to our)|donate now|"
            r"become a (?:member|supporter)|"
            r"^support (?:[\w'’.-]+ ){1,4}journalism of\b|"
            r"reader[- ]funded|unterstützen sie (?:uns|unseren journalismus|unabhängigen journalismus)|soutenez|"
            r"apoya nuestro periodismo|"
            # imperatives that are also other forms of the verb ("La fundación apoya el periodismo
            # independiente"): only opening a line
            r"^\W*(?:apoya el periodismo independiente|sostieni (?:il )?(?:nostro )?giornalismo|"
            r"apoie (?:o )?(?:nosso )?jornalismo|steun (?:onafhankelijke|onze) journalistiek|"
            r"wesprzyj (?:niezależne|nasze) dziennikarstwo|поддержите (?:независимую |нашу )?журналистику))\b",
            _FLAGS,
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"\b(?:(?:our|the|daily|weekly|free|morning|evening) newsletters?|"
            # the site's own by its name, closing the line: "Make the most of chatbots with our AI Unlocked newsletter"
            r"\bour (?:[\w'’&-]+ ){1,4}newsletters?(?=\W*$)|"
            r"newsletters? (?:sign|delivered)|"
            # what is signed up for names the newsletter a few words on ("Sign up for our free Harbour
            # Daily newsletter"); an e-mail, only when it is not one used to sign up for something else
            # ("Sign up for the bundle using the same email as your account")
            r"sign(?:ing)? up (?:for|to) (?:our|the|my)(?:\s+[^\s.]+){0,8}?\s+"
            r"(?:(?:e-?)?newsletters?|alerts|updates|briefings?)\b|"
            r"sign(?:ing)? up (?:for|to) (?:our|the|my)(?:\s+(?!(?:using|with|via|by|as|from|your|same|work)\b)"
            r"[^\s.]+){0,4}\s+e-?mails?|"
            # a prompt in a line of its own: "Sign up for alerts.", "Sign up for breaking news emails"
            r"^sign up (?:for|to) (?:e-mail |\w+ ){0,3}(?:newsletters?|e-?mails?|alerts|updates|briefings?)(?=\W*$)|"
            # a publisher's newsletter by name ("Sign up for GitLab’s newsletter"); not "FEMA’s text alerts"
            r"^sign up (?:for|to) (?:the )?[\w.&-]+['’]s (?:\w+ ){0,2}newsletters?(?=\W*$)|"
            r"sign up to (?:receive|get) (?:our|the latest)\b|"
            r"(?:delivered|news) (?:straight |directly |right )?to your (?:e-?mail )?inbox|"
            r"we use your sign-?up to provide content\b|in your inbox|your email address|"
            r"\b(?:is|are) (?:coming|heading|headed|on (?:its|their|the) way) (?:straight )?to your inbox(?=\W*$)|"
            r"(?:get|receive) (?:our |the )?breaking news (?:alerts|emails)|"
            r"abonnieren sie unseren (?:\w+ ){0,2}newsletter|inscrivez-vous|"
            r"(?:abonnez|inscrivez)-vous (?:à|a) (?:notre|la) (?:newsletter|lettre)|notre newsletter|"
            r"newsletter abonnieren|unseren newsletter|suscr[íi]bete (?:a|al) (?:nuestro|nuestra|la|el) "
            r"(?:newsletter|bolet[íi]n)|nuestro bolet[íi]n|iscriviti alla (?:nostra )?newsletter|"
            r"la nostra newsletter|assine (?:a )?nossa newsletter|nossa newsletter|"
            r"(?:подписывайтесь|подпишитесь) на (?:наш|нашу|наши)|onze nieuwsbrief|zapisz się do newslettera|"
            # of more languages: "Пријавите се за наш билтен", "Užsiprenumeruokite naujienlaiškį", "Cofrestrwch i'n
            # cylchlythyr", "Subscriu-te al nostre butlletí"
            r"пријавите се за (?:наш )?(?:билтен|њузлетер)|"
            r"piesakies (?:mūsu )?jaunumiem|užsiprenumeruokite (?:mūsų )?naujienlaišk\w*|"
            r"در خبرنامه [^.!?]{0,20}(?:عضو|مشترک) شوید|न्यूज़लेटर (?:की सदस्यता ल|सब्सक्राइब कर)|"
            r"নিউজলেটারে সাবস্ক্রাইব করুন|نیوز لیٹر (?:کو )?سبسکرائب کریں|გამოიწერეთ (?:ჩვენი )?(?:სიახლეები|ნიუსლეთერი)|"
            r"բաժանորդագրվեք մեր (?:լրահոսին|տեղեկագրին)|bülletenimizə abunə olun|жаңалықтарымызға жазылыңыз|"
            r"skráðu þig á póstlistann|cláraigh le haghaidh (?:ár )?nuachtlitir|cofrestrwch i['’]?n cylchlythyr|"
            r"harpidetu zaitez gure buletinera|subscriu-te al (?:nostre )?butlletí|abonohu në buletinin tonë|"
            r"претплатете се на (?:нашиот )?билтен)\b",
            _FLAGS,
        ),
    ),
    (
        "promo",
        re.compile(
            r"^related(?: (?:articles?|stories|story|content|posts?|coverage|links?|reading|news|videos?))?"
            r"(?:\s*[:|›»-]|$)|"
            # in brackets only with its colon: "(Leggi anche: ...)", not "(Recommended for readers who ...)"
            r"^(?:[(\[](?=[^)\]]{0,40}:))?(?:read more|read also|also read|read next|recommended|more:|see also|"
            r"watch:|listen:|"
            r"click here|tap here|lesen sie auch|lesen sie mehr|mehr zum thema|lire aussi|à lire aussi|leer más|"
            r"lea también|lee también|leia também|leia mais|veja também|leggi anche|lire également|"
            r"à lire également)\b|"
            # invitations that read as a sentence's start without their colon: "Te puede interesar: ..."
            r"^(?:(?:también )?te puede interesar|puede interesarte|ver también|véase también|voir aussi|"
            r"vous aimerez aussi|ti potrebbe interessare|potrebbe interessarti|auch interessant|"
            r"das könnte sie auch interessieren|você também pode gostar|pode te interessar)\s*[:|›»]|"
            r"^(?:читайте также|смотрите также|читайте нас|материалы по теме|новости по теме|похожие новости|"
            r"lees ook|lees meer|czytaj (?:też|także|więcej)|"
            r"zobacz (?:też|także)|ilgili haberler|اقرأ أيضا|baca juga|berita terkait|xem thêm|tin liên quan|"
            r"läs också|läs mer|læs også|læs mere|les også|lue lisää|đọc thêm|čtěte (?:také|též)|"
            r"ook interessant|polecamy|(?:bunlar da )?ilginizi çekebilir|اقرأ أيضًا|اقرأ أيضاً|إقرأ أيضًا|"
            r"přečtěte si (?:také|též)|okumadan geçme|weitere artikel|"
            r"διαβάστε (?:επίσης|ακόμα)|"
            r"читайте також|citește și|citeste si|olvassa el|lue myös|بیشتر بخوانید|קרא(?:ו)? (?:עוד|גם)|"
            r"(?:bunu da|ayrıca) okuyun|עוד בנושא|olvasd el|citiți și|kapcsolódó\s*:|olvasta már\s*\?|"
            r"ezt is ajánljuk|karanta kuma|taip pat skaitykite|"
            r"διαβαστε (?:επισης|ακομη|ακομα)|διαβάστε ακόμη|\+ leia mais|"
            # Catalan, Croatian, Serbian, Slovak, Swahili, Tagalog: "Llegeix també:", "Pročitajte i:", "Soma pia:"
            r"llegeix(?:i)? també|llegiu també|també et pot interessar|pročitajte (?:i|još|također)|"
            r"прочитајте (?:и|још)|prečítajte si (?:aj|tiež)|čítajte aj|soma pia|soma zaidi|basahin (?:din|rin)|"
            r"basahin|"
            # Latvian, Lithuanian, Estonian, Slovenian, Bulgarian, Albanian, Urdu: "Lasi arī:", "Loe ka:"
            r"lasi(?:et)? arī|skaitykite (?:taip pat|dar)|loe (?:ka|lisaks)|preberite (?:tudi|še)|"
            r"прочетете (?:още|също)|lexo (?:edhe|gjithashtu)|یہ بھی پڑھیں|مزید پڑھیں|"
            # Argentine, Malay, Tamil, Hebrew: "Leé también:", "Artikel Berkaitan:", "இதையும் படிங்க:", "עוד באתר:"
            r"leé también|artikel berkaitan\s*:|இதையும் படி(?:ங்க|க்க|யுங்கள்)|עוד באתר\s*:|"
            # Georgian, Armenian, Azerbaijani, Kazakh, Uzbek, Mongolian, Amharic, Zulu, Icelandic, Irish, Welsh,
            # Basque, Galician, Khmer, Burmese, Sinhala, Chinese: "ასევე წაიკითხეთ:", "Lestu einnig:", "关联阅读："
            # a link to the story's video before its title: "Guarda il video: ...", "Regardez la vidéo : ..."
            r"(?:watch the video|guarda il video|mira el video|regardez la vidéo|sehen sie (?:das|im) video|"
            r"assista ao vídeo|veja o vídeo|bekijk de video|смотрите видео|дивіться відео|شاهد الفيديو|xem video|"
            r"tonton video)\s*[:：]|"
            r"ასევე წაიკითხეთ|կարդացեք նաև|həmçinin oxuyun|сондай-ақ оқыңыз|shuningdek o[ʻ'‘]qing|мөн уншаарай|"
            r"ተጨማሪ ያንብቡ|funda futhi|lestu einnig|léigh freisin|darllenwch hefyd|irakurri (?:ere|gehiago)|le tamén|"
            r"អានបន្ថែម|ဆက်စပ်သတင်း|මෙයද කියවන්න|关联阅读)(?!\w)|"
            r"\b(?:download (?:our|the) (?:[\w'’-]+ ){0,3}app|subscribe (?:now|today|to (?:our|the))|"
            r"follow us (?:on|by e-?mail|via)|"
            # a messaging channel's prompt ("Join our WhatsApp channel", "follow The Daily Courier channel on
            # WhatsApp", "Get the latest news on WhatsApp. Join our channel"), an app's of more languages
            # ("Descargá la app de ...", "حمّل تطبيق ..."; not "Ative as notificações", which a weather story's
            # advice reads as too)
            r"(?:join|follow) (?:our|the [\w'’ -]{1,40}?) (?:whatsapp |telegram )?channel"
            r"(?: on (?:whatsapp|telegram))?|"
            r"(?:latest|breaking) news on (?:whatsapp|telegram)|^descarg(?:á|a|ue) (?:la|nuestra) app|"
            r"حم\u0651?ل(?:وا)? تطبيق|"
            rf"^follow (?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){{0,2}} on {_NETWORK}"
            rf"(?:(?:,| and| &|,? or) {_NETWORK})*(?:\s+@\w+)?(?=\W*$)|^follow me on {_NETWORK}\b|"
            # a follow button in a line of its own: "Follow Billboard", "Follow The Harbour Post"
            r"^follow (?!(?:up|through|suit)\b)(?-i:[A-Z])[\w.-]*(?: (?-i:[A-Z])[\w.-]*){0,2}$|"
            # where the piece ran first, said by the publisher ("This article originally appeared on The
            # Atlantic.", "Originally published on Live Science."); not a source's date ("[originally
            # published in 1966]") nor a story about a post someone "originally published on a forum"
            # ("Originally published in Italian in 1958", "This essay first appeared in a 1962 issue of ...":
            # a year after "in" says it is the story of a book or an essay)
            r"^originally (?:appeared|published|posted) (?:(?:on|at|by)\b|in\b(?!.*\b(?:19|20)\d\d\b))(?!\s*\d)"
            r"(?:(?!, (?-i:[a-z]))[^;]){1,100}?(?=\W*$)|"
            r"^(?:an? (?:earlier |shorter |longer )?version of )?this (?:story|article|post|piece|column|"
            r"report|interview|essay)(?: was| is)? (?:originally|first) (?:appeared|appears|published|ran)\b"
            r"(?!.*\b(?:19|20)\d\d\b)|"
            # a feed's footer: "The post Harbour basin to be dredged appeared first on Harbour Post." (the
            # site's name, whatever its case: "9to5Mac", "iMore", "Bitcoinist.com"; not "on the agenda")
            r"^the post .{1,200} appeared first on (?!(?:the|a|an|his|her|their|its|our)\s)\S+(?: \S+){0,5}?(?=\.?$)|"
            r"get (?:unlimited|full) access|already a subscriber|"
            r"suivez-nous|s[íi]guenos|s[íi]ganos|seguici|siga-nos|folgen sie uns|"
            # of more languages, in a line of their own: "Пратите нас на Фејсбуку", "Jälgi meid Facebookis",
            # "Dilynwch ni ar Facebook", "ہمیں فیس بک پر فالو کریں"
            r"^(?:пратите нас|sledite nam|jälgi meid|გამოგვყევით|հետևեք մեզ|fylgdu okkur|lean (?:muid|sinn)|"
            r"dilynwch ni|jarraitu gaitzazu|segueix-nos|na ndiqni|следете не|ku biyo mu|silandele)\b[^.!?]{0,60}$|"
            r"^(?:ما را در [^.!?]{1,30} دنبال کنید|bizi [^.!?]{1,30} izləyin|бізді [^.!?]{1,30} бақылаңыз|"
            r"bizni [^.!?]{1,30} kuzating|[^.!?۔]{0,40}فالو کریں)\W*$|"
            # affiliate disclosures: "we may earn a commission when you buy through links on our site"
            r"(?:we|may) (?:may )?(?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commissions? "
            r"(?:from|when|if|on|for) (?:\w+ )?(?:purchases|products|sales|links|qualifying|some|any|items|you)|"
            r"(?:buy|purchase|shop) (?:something )?(?:through|via|using) (?:the |our )?(?:affiliate )?links|"
            # the same note ending its sentence, after the purchase that earns it ("If you click on one and
            # make a purchase we may receive a small commission."); not an agent's "we get a commission"
            r"\b(?:if|when) you (?:click|buy|purchase|shop|make a purchase)\b[^.;]{0,80}\bwe (?:may |might |could |"
            r"will |do )?(?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commissions?|"
            r"\b(?:wenn (?:sie|du)|beim kauf|bei einem kauf)\b[^.;]{0,80}\b(?:links?|kauf|kaufen|einkaufen|bestellen)\b"
            r"[^.;]{0,40}\b(?:erhalten|bekommen) wir (?:\w+ ){0,3}provision(?:en)?|"
            r"\bsi vous (?:achetez|cliquez|effectuez un achat)\b[^.;]{0,80}\bnous (?:pouvons |pourrions )?"
            r"(?:percevoir|recevoir|toucher) une (?:petite )?commission|"
            r"\bsi (?:compras|haces clic|realizas una compra)\b[^.;]{0,80}\b(?:podemos|podríamos) "
            r"(?:recibir|obtener|ganar) una (?:pequeña )?comisión|"
            r"\bse (?:acquisti|clicchi|effettui un acquisto)\b[^.;]{0,80}\b(?:potremmo|possiamo) "
            r"(?:ricevere|percepire|guadagnare) una (?:piccola )?commissione|"
            r"\bse (?:você )?(?:comprar|clicar|fizer uma compra)\b[^.;]{0,80}\b(?:podemos|poderemos) "
            r"(?:receber|ganhar) uma (?:pequena )?comissão|"
            # and in Dutch, Polish, Czech, Swedish and Hungarian: "... ontvangen wij mogelijk een commissie",
            # "... możemy otrzymać prowizję", "... jutalékot kaphat" after a purchase through a partner's link
            r"\blink\w*\b[^.;]{0,100}\b(?:ontvangen|krijgen|kunnen|kan) (?:wij|we)\b[^.;]{0,40}\bcommissie|"
            r"\blink\w*\b[^.;]{0,100}\bmożemy otrzymać (?:niewielką |małą )?prowizj\w*|"
            r"\bodkaz\w*\b[^.;]{0,100}\b(?:můžeme|může redakce) (?:získat|obdržet) provizi|"
            r"\blänk\w*\b[^.;]{0,100}\b(?:kan vi få|får vi) (?:en )?(?:liten )?(?:provision|ersättning)|"
            r"\b(?:partner)?linke?k?en keresztül\b[^.;]{0,80}\bjutalékot kap(?:hat|unk|hatunk)?|"
            # the print edition's note: "A version of this article appears in print on ..."
            r"a version of this (?:article|story) (?:appears|appeared) in print)\b",
            _FLAGS,
        ),
    ),
    (
        "share",
        re.compile(
            # a blog's share and like widgets: "Click to share on Twitter (Opens in new window)", "Like this:"
            r"^click to (?:share|email|print)\b.{0,60}$|^like this:?$|^(?:like )?loading\s*(?:\.\.\.|…)?$|"
            r"^(?:link copied|show more sharing options|share this with \w+)\W*$|"
            # a share prompt before the story's headline ("Share this Story : Council votes ..."), a gift button
            # ("Offrir l'article"), Korean "send the story by ..." buttons ("카카오톡(으)로 기사보내기",
            # "SNS 기사보내기")
            r"^share this (?:story|article|post)\s*:|^offrir (?:l['’]|cet )article\W*$|"
            r"^(?:\S+(?:\(으\))?로 |sns )?기사 ?보내기\W*$|"
            # a share button's notice: "URL is copied.", "Copied to clipboard", "Link kopiert", "Lien copié"
            r"^(?:(?:the )?(?:url|link|address) (?:is |has been |was )?copied|copied to (?:the |your )?clipboard|"
            r"link kopiert|lien copié|enlace copiado|link copiado|link copiato|link gekopieerd)\W*$|"
            # a row of share buttons, whatever separates them ("facebook twitter print email",
            # "Facebook-f Linkedin-in Twitter": icon names); each button read once (atomic group), so that
            # a long row takes linear time
            r"^(?:(?>share via|artikel teilen per|share(?: this)?(?: (?:article|story|post))?(?: (?:on|via) \w+)?|"
            r"tweet|pin it|email|e-mail|print|"
            r"copy link|"
            r"artikel teilen|partager l'article|offrir l'article|lire plus tard|compartir (?:el )?artículo|"
            r"condividi (?:l')?articolo|"
            rf"auf {_NETWORK} teilen|per (?:e-mail|mail|whatsapp) (?:versenden|teilen)|"
            r"enviar por (?:correo|e-?mail|whatsapp)|"
            r"kopiuj link|link kopieren|copiar (?:el )?enlace|copier le lien|copia (?:il )?link|copiar (?:o )?link|"
            r"deel (?:dit )?artikel|"
            r"delen(?: (?:op|via)(?: \w+)?)?|jetzt teilen|bagikan (?:artikel|berita) ini|chia sẻ bài (?:viết|báo)|"
            r"compartilhar este artigo|dela artikeln|kopiera länk|save|bookmark|"
            r"記事を保存|この記事をシェアする|印刷|点赞|收藏|リンクをコピー|加入書籤|加入书签|[\w（）()]{1,14}でシェア|"
            r"แชร์ผ่าน(?: \w+)?|(?:ফেসবুকে|হোয়াটসঅ্যাপে|টুইটারে) শেয়ার করুন|শেয়ার করুন|dalintis|dalīties|jaga|"
            r"haberi paylaş(?:ın)?|podziel się|기사 공유|شارك (?:المقال|الخبر)|"
            r"(?:partager|compartir|condividi|teilen|partilhar|compartilhar|compartilhe|comparte|partagez|bagikan|"
            r"chia sẻ|dela|sdílet|udostępnij|"
            r"κοινοποίηση|поделиться|поділитися|distribuie|megosztás|paylaş|kongsi|শেয়ার|शेयर(?: करें)?|शेअर(?: करा)?|شارك|"
            r"اشتراک(?:‌| )?گذاری|اشتراک)"
            r"(?: (?:sur|par|en|su|auf|no|em|via|per|ke|lên|på|na|в|у|pe|az|على|در)(?: [\w-]+)?)?|"
            r"(?:שתפו|שתף|שלחו) ב\S+|link másolása|"
            r"שתף|シェア|ツイート|はてブ|分享到|分享|微信|微博|qq空间|공유하기|url ?복사|링크 ?복사|"
            r"(?:facebook|twitter|x|linkedin|whatsapp|reddit|messenger|telegram|pinterest|instagram|youtube|"
            r"tiktok|flipboard|tumblr|bluesky|mastodon|google\+|rss|line|вконтакте|одноклассники|vk|"
            r"페이스북|트위터|카카오톡|카카오스토리|밴드|فيسبوك|تويتر|واتساب|تيليجرام|फेसबुक|फ़ेसबुक|व्हाट्सऐप|व्हाट्सएप|"
            r"व्हॉट्सअ‍ॅप|व्हॉट्सॲप|ट्विटर|ফেসবুক|হোয়াটসঅ্যাপ|فیسبوک|واتس‌اپ|توییتر|تلگرام|פייסבוק|וואטסאפ|ווטסאפ|טוויטר|"
            r"טלגרם|אינסטגרם)(?:-[a-z]{1,6}|\s?\(@?[\w.]{1,30}\))?)(?:[\s,|/·•:：]++|$))+\W*$",
            _FLAGS,
        ),
    ),
    (
        "credit",
        re.compile(
            r"^(?:photo|photograph|image|picture|video|credit|illustration|foto|fotografia|fotografía|fotografie|bild|"
            r"fotó|zdjęcie|fotoğraf|фото|фотография|φωτογραφία|φωτογραφια|φωτο|снимка|снимки|kuva|fot\.|צילום|hoto|"
            r"عکس|فوٹو|gambar|"
            # Georgian, Kazakh, Mongolian, Amharic, Icelandic, Irish, Welsh, Basque, Albanian, Khmer, Sinhala, Tamil,
            # Malayalam, Gujarati, Punjabi, Zulu: "ფოტო:", "Сурет:", "Mynd:", "Llun:", "រូបថត:", "படம்:"
            r"ფოტო|сурет|зураг|ፎቶ|mynd|grianghraf|llun|argazkia|fotografi|រូបថត|ඡායාරූපය|படம்|ചിത്രം|ફોટો|ਫੋਟੋ|"
            r"isithombe|supplied|bilder|kuvat|zdjęcia|fotky|snímky|fotók|фотографии|φωτογραφίες|fotoğraflar)s?\s*"
            r"(?:credits?)?\s*[:/]|^nuotr\.\s*(?-i:[A-ZĄČĘĖĮŠŲŪŽ])|"
            # an agency's photo and the photographer: "FOTO TASR - Jana Example", "Photo AFP / Jean Example"
            r"^(?:foto|photo)\s+(?-i:[A-Z]{2,8})\s*[-–—/]\s*(?-i:[A-Z])[^.!?:]{1,50}$|"
            # Armenian, Burmese and Chinese, with their own marks: "Լուսանկարը՝ ...", "ဓာတ်ပုံ - ...", "图：新华社"
            r"^լուսանկար(?:ը|ները)?\s*[՝:]|^ဓာတ်ပုံ\s*[-–:]|^[图圖]\s*[：:／/]\s*\S|"
            # a caption under its label, as a page's text reads it: "Image caption The wall after the storm"
            r"^(?:image|media|video) caption\b|^(?:image|media|video) (?:source|copyright)\s*[,:]|"
            # the source in a line of its own: "Fuente: EFE", "Источник: ТАСС" (English "Source:" is read
            # by the agency credit: "a source said" is too common a trigger)
            r"^(?:quelle|fuente|fonte|bron|źródło|источник|kaynak|sumber|nguồn|"
            # ... the label in more languages: "Izvor: Hina", "Allikas: ERR", "Джерело: Укрінформ", "出典：共同通信"
            r"izvor|извор|източник|джерело|allikas|avots|šaltinis|heimild|ffynhonnell|iturria|burimi|дереккөз|"
            r"эх сурвалж|წყარო|աղբյուր|mənbə|manba|ប្រភព|स्रोत|সূত্র|ذریعہ|المصدر|منبع|מקור|ที่มา|出典|来源|來源|출처|"
            r"chanzo|zdroj|forrás|sursa|sursă|πηγή|kilde|källa|lähde|vir)\s*[:：՝]\s*(?:agencias?|efe|europa press|"
            r"dpa|afp|ap|reuters|anp|ansa|pap|lusa|aa|dha|iha|antara|apa|sda|belga|čtk|mti|xinhua|kyodo|yonhap|тасс|"
            r"риа новости|интерфакс|"
            # ... and more national agencies
            r"hina|tanjug|beta|fena|srna|mia|ata|bta|leta|bns|err|stt|ntb|ritzau|tt|tasr|sta|agerpres|mediafax|"
            r"kazinform|armenpress|azertac|uza|akp|bernama|ttxvn|vna|tna|pti|ians|ani|bss|irna|isna|wam|kuna|"
            r"mena|petra|qna|sana|ukrinform|укрінформ|укринформ|belta|белта|бта|мина|jiji|cna|kna|nan|montsame|"
            r"interpressnews|пти|पीटीआई|भाषा|आईएएनएस|বাসস|ایرنا|ایسنا|وام|واس|كونا|بترا|سانا|共同通信|時事通信|新华社|"
            r"中央社|연합뉴스|뉴시스)(?!\w)[^.!?:]{0,30}$|"
            # a wire credit in a line of its own: "Con información de EFE", "Mit Material von dpa"
            r"^(?:con información de|mit material (?:von|der)|com informações d[aoe]s?|"
            r"met (?:materiaal|informatie) van)"
            r"\s+[\w .,/&-]{2,40}$|"
            # a wire story's sign-off: "(Reporting by Jane Example; Editing by Tom Example)"
            r"^[(\[]?(?:additional )?(?:reporting|writing|editing|compiled|research) by\s+(?-i:[A-Z])|"
            r"\b(?:contributed|contributing) (?:reporting )?to this (?:report|story|article)\b|"
            # a caption's closing credit: "... on Wednesday. (AP Photo/Tom Example)", "(Photo: Jane Example)"
            r"\((?:ap|afp|reuters|epa|getty images|dpa|xinhua|anp|bloomberg)(?: photo)?/[^)]{2,80}\)\s*$|"
            r"\((?:photo|image|picture|foto)s?(?: by|:)[^)]{2,80}\)\s*$|"
            # a caption's credit after its sentence: "... on Tuesday morning. Picture by Jane Example",
            # "... doszło do wypadku. Fot. Archiwum", "... το 2008 (Φωτ. Αρχείο)", "(arquivo)", "(أرشيف)"
            r"[.!?]\s+(?:picture|photo|photograph|image)s? by (?-i:[A-Z])[^.!?]{1,60}$|"
            # or alone on its line: "Photo by Jane Example", "- Foto MWS", "- Gambar BERNAMA" (Malay, after a dash)
            r"^(?:picture|photo|photograph|image)s? by (?-i:[A-Z])[^.!?]{1,60}$|"
            # after a bar, as East African papers print it, alone or after the caption: "PHOTO | JANE EXAMPLE"
            r"(?:^|[.!?]\s+)(?:photo|picture|foto)\s*\|(?!\s*(?:videos?|galler(?:y|ies)|galer\w*|audio)\b)\s*[^|.!?]{2,60}$|"
            r"^[-–—]\s*(?:foto|gambar|photo|picture)\s+(?:fail\s+)?(?-i:[A-Z0-9])[^.!?]{0,40}$|"
            r"(?:^|[.!?]\s+)fot\.\s*(?-i:[A-ZŁŚŻŹĆ])[^.!?]{1,50}$|"
            # Lithuanian names the photographer or the source before its word: "Jono Pavyzdžio nuotr."
            r"(?:^|[.!?]\s+)(?-i:[A-ZĄČĘĖĮŠŲŪŽ])[^.!?]{1,40}\snuotr\.$|"
            # a file or illustrative picture's note closing its caption, in brackets: "(File photo)",
            # "(Representational image)", "(Archivbild)", "(Ảnh minh họa)", "（資料圖片）", "(फाइल फोटो)"
            r"[(（](?:φωτ\.|fot\.|foto:|nuotr\.|arquivo|archivo|archive|archiv|archives|archivbild|archivfoto|symbolbild|"
            r"symbolfoto|file(?: photo| pic| picture| image)?|(?:representational|representative|illustrative) "
            r"(?:image|photo|picture)|photo d'(?:archives|illustration)|(?:foto|imagen) de archivo|"
            r"(?:foto|imagem) de arquivo|foto d'archivio|archivio|foto di repertorio|archieffoto|archiefbeeld|archiwum|"
            r"ilustrační (?:foto|snímek)|ilustračné foto|ilustračná snímka|архив|архивное фото|фото из архива|"
            r"архівне фото|"
            r"ілюстративне фото|иллюстративное фото|αρχείο|arşiv(?: fotoğrafı)?|temsili(?: fotoğraf)?|foto ilustrasi|"
            r"ilustrasi|gambar hiasan|ảnh minh họa|ảnh tư liệu|फाइल फोटो|प्रतीकात्मक (?:तस्वीर|फोटो)|सांकेतिक तस्वीर|"
            r"ফাইল ছবি|প্রতীকী ছবি|資料圖片|资料图片|資料圖|资料图|資料照片|资料照片|示意圖|示意图|"
            r"資料写真|写真はイメージ|자료사진|"
            r"صورة (?:أرشيفية|تعبيرية)|عکس آرشیوی|آرشیو|צילום ארכיון|ארכיון|ภาพประกอบ|arkistokuva|arkivbild|arkivfoto|"
            r"arkivbillede|illustrasjonsfoto|archív(?: fotó)?|illusztráció|(?:foto )?arhivă|imagine ilustrativă|أرشيف|"
            r"ارشيف)(?:\s[^()（）]{1,60})?[)）]\s*$|"
            # a caption of the picture beside the text (AP's "FILE - ..." is a notice's): "This March 28, 2017,
            # file photo, provided by the State Registry, shows ...", "This Harbour Corp. illustration shows ..."
            # (the picture, then what it shows; not "This week's viral photo shows", a story's); "New Horizons
            # took this image of ... in February 2007" (someone in the story who took a picture is said so:
            # "Police said the gunman took this photo")
            rf"^{_NOT_REPORTED}(?:in\s+)?this\s+(?:(?:{MONTHS})\.? \d{{1,2}},? (?:19|20)\d\d,?\s+|"
            r"(?:undated|handout)\s+|"
            r"(?-i:[A-Z])[\w.&'’-]*\s+){0,4}(?:file\s+)?(?:photo|image|picture|photograph|illustration|screenshot)s?,?\s+"
            r"(?:(?:provided|released|made available|distributed|obtained) by\b[^,]{1,80},?\s+)?(?:shows?|showing)\b|"
            rf"^(?!(?:i|we|you|he|she|they|my|his|her|our|their)\s){_NOT_REPORTED}(?-i:[A-Z])[\w.'’-]*"
            r"(?:\s+[\w.'’-]+){0,4}\s+took "
            rf"this (?:image|photo|picture|photograph) of\b(?=.*\b(?:(?:19|20)\d\d|(?:{MONTHS})\.? \d{{1,2}}|on "
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)|" + AGENCY_CREDIT,
            _FLAGS,
        ),
    ),
    (
        "bio",
        re.compile(
            # "Dana Example covers city government and politics for the Courier."
            r"^(?:(?-i:[A-Z])[\w'’.-]*\s+){2,3}(?:covers|reports on|writes about) [^.]{3,80}\b(?:for|at) (?:the )?"
            r"(?-i:[A-Z])[^.]{0,40}\.|"
            # "Jane Example is a senior reporter at ...": a name, then the job; not "there is a new editor for"
            r"^(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}is an? (?:[\w-]+ ){0,3}"
            r"(?:staff writer|writer|reporter|correspondent|editor|columnist|contributor|journalist)s? "
            r"(?:at|for|with|based|covering)\b|"
            # "Jane Example is the Senior Editor of Example Deals. Since joining in 2014, she has ...": the post
            # capitalised, as a bio prints it, and more of the bio after it
            r"^(?:(?-i:[A-Z])[\w'’.-]*\s+){2,3}is (?:an?|the) (?:(?-i:[A-Z])[\w-]* ){0,3}"
            r"(?-i:Staff Writer|Writer|Reporter|Correspondent|Editor|Columnist|Contributor|Journalist) "
            r"(?:at|for|of)\b[^.]{1,60}\.\s+(?:since (?:joining|\d)|before joining|previously|"
            r"(?-i:She|He|They) (?:has|have|"
            r"covers|joined|previously|specializ|specialis|writes|worked))|"
            # the same in German, Polish, French, Spanish, Italian, Portuguese and Dutch: "Lena Beispiel ist
            # Redakteurin im Ressort Region", "Ewa Przykład jest dziennikarką działu ..."
            r"^(?:(?-i:[A-ZÀ-ÞŁŚŻŹĆ])[\w'’.-]*\s+){1,4}(?:ist|jest|est|es|è|é|is) (?:\w+ ){0,3}"
            r"(?:redakteurin|redakteur|reporterin|korrespondentin|korrespondent|journalistin|dziennikarką|"
            r"dziennikarzem|reporterką|reporterem|journaliste|rédactrice|rédacteur|correspondante|correspondant|"
            r"periodista|redactora|redactor|corresponsal|giornalista|redattrice|redattore|corrispondente|jornalista|"
            r"repórter|correspondente|redacteur|verslaggever)(?: [\w-]+){0,3}? (?:im|bei|für|działu|w|dla|à|au|pour|"
            r"chez|en|para|a|al|per|do|da|no|na|bij|van|voor|de|del|della|di|du|des)\b|"
            # Romanian and Finnish: "Andrei Pătrașcu este jurnalist la ...", "Kirjoittaja on ... toimittaja ja ..."
            r"^(?:(?-i:[A-ZĂÂÎȘȚ])[\w'’.-]*\s+){1,4}(?:este|e) (?:\w+ ){0,2}(?:jurnalist|jurnalistă|reporter|redactor|"
            r"redactoare|corespondent|corespondentă|editor)\w* (?:la|al|în|pentru)\b|"
            r"^kirjoittaja on (?:[\w-]+ ){0,3}(?:toimittaja|kolumnisti|tutkija|professori|kirjailija|päätoimittaja)\b|"
            # a journalist's name, the job and the beat: "Nicola Esempio, giornalista, si occupa di cronaca",
            # "Дмитрий Примеров — корреспондент отдела «Город», пишет о транспорте"
            r"^(?-i:[A-ZÀ-ÞŁŚŻŹĆА-ЯЁ])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-ÞŁŚŻŹĆА-ЯЁ])[\w'’.-]*){0,2}\s*(?:—|–|-|,)\s*"
            r"(?:[\w-]+\s+){0,2}?"
            r"(?:корреспондент|журналист|обозреватель|редактор|giornalista|periodista|journaliste|jornalista|"
            r"reporter|redattore|redattrice|redactor|redactora)\w*\b"
            r"(?:(?!\b(?:who|que|qui|che|который|которая|кто)\b)[^.!?]){0,80}?\b(?:пишет о|освещает|"
            r"si occupa di|scrive di|cubre|escribe sobre|couvre|écrit sur|cobre|escreve sobre|covers|writes about)\b|"
            # Arabic: "يوسف مثال صحفي متخصص في الشؤون المحلية"
            r"^(?:\S+\s+){1,3}(?:صحفي|صحفية|صحافي|صحافية|مراسل|مراسلة|محرر|محررة) "
            r"(?:متخصص(?:ة)? في|في|لدى|لموقع|لصحيفة)|" + _BIO_CONTACT,
            _FLAGS,
        ),
    ),
    (
        "legal",
        re.compile(
            # "© 2024 Harbour Post", "©Reuters"; not a joke after a trademark sign ("manifesto™© we think")
            # and a line opening with it, a brand in lower case ("© dpa-infocom, dpa:240314-99-345678/4"); not a
            # sentence about the sign ("© symbols were a sticking point ...")
            r"©\s*(?:(?-i:[\dA-Z])|copyright)|^\W{0,3}©\s*[\w.-]+(?:[,:]|\s*$)|"
            # a line opening with it before a name of other scripts or with an accent: "© АО «Пример», 1995–2024",
            # "© Élodie Exemple / Le Courrier"
            r"^\W{0,3}©\s*(?-i:[А-ЯЁЄІЇΑ-Ω«„\"À-ÖØ-ÞĀĆČĐĒĖĘĚĞĪİĶĻŁŃŇŌŐŒŘŚŞŠŤŪŮŰŹŻŽ])|"
            r"\b(?:all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|"
            r"tutti i diritti riservati|todos os direitos reservados|prohibida su reproducci[óo]n|"
            r"все права защищены|alle rechten voorbehouden|wszelkie prawa zastrzeżone|tüm hakları saklıdır|"
            r"جميع الحقوق محفوظة|hak cipta dilindungi undang-undang|bản quyền thuộc về|alla rättigheter förbehållna|"
            r"alle rettigheder (?:forbeholdes|forbeholdt)|alle rettigheter reservert|všechna práva vyhrazena|"
            r"όλα τα δικαιώματα (?:διατηρούνται|κατοχυρωμένα)|всі права захищені|toate drepturile rezervate|"
            r"minden jog fenntartva|kaikki oikeudet pidätetään|כל הזכויות שמורות|کلیه حقوق|"
            r"reproduction interdite|riproduzione riservata)\b|"
            # and of more languages, ending the sentence as a footer prints them (a story may quote them):
            # "Všetky práva vyhradené", "Всички права запазени", "Visos teisės saugomos"
            r"\b(?:všetky práva vyhradené|всички права запазени|visos teisės saugomos|visas tiesības aizsargātas|"
            r"kõik õigused kaitstud|vse pravice pridržane|sva prava (?:pridržana|zadržana)|сва права задржана|"
            r"të gjitha të drejtat e rezervuara|allur réttur áskilinn|सर्वाधिकार सुरक्षित|"
            # Greek, Ukrainian, Belarusian, Persian, Bengali, Urdu, Tamil, Malay, Thai, Swahili, Tagalog, Georgian,
            # Armenian, Azerbaijani, Kazakh, Uzbek, Mongolian, Amharic, Icelandic, Irish, Welsh, Basque, Catalan,
            # Galician, Macedonian, Maltese, Khmer, Burmese, Sinhala, Malayalam, Marathi, Gujarati, Punjabi,
            # Afrikaans, Zulu, Luxembourgish
            r"με επιφύλαξη παντός δικαιώματος|усі права захищені|усе правы абаронены|تمامی حقوق محفوظ است|"
            r"সর্বস্বত্ব সংরক্ষিত|جملہ حقوق محفوظ ہیں|அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை|hak cipta terpelihara|"
            r"สงวนลิขสิทธิ์|haki zote zimehifadhiwa|lahat ng karapatan ay nakalaan|ყველა უფლება დაცულია|"
            r"բոլոր իրավունքները պաշտպանված են|bütün hüquqlar qorunur|барлық құқықтар қорғалған|"
            r"barcha huquqlar himoyalangan|бүх эрх хуулиар хамгаалагдсан|መብቱ በሕግ የተጠበቀ ነው|öll réttindi áskilin|"
            r"gach ceart ar cosaint|cedwir pob hawl|eskubide guztiak erreserbatuta|tots els drets reservats|"
            r"todos os dereitos reservados|сите права се задржани|id-drittijiet kollha riżervati|រក្សាសិទ្ធិគ្រប់យ៉ាង|"
            r"မူပိုင်ခွင့်ရယူထားသည်|සියලුම හිමිකම් ඇවිරිණි|എല്ലാ അവകാശങ്ങളും നിക്ഷിപ്തം|सर्व हक्क राखीव|"
            r"સર્વ હક્ક સુરક્ષિત|ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ|alle regte voorbehou|wonke amalungelo agodliwe|"
            r"all rechter reservéiert)[.।։።။]?\s*$|"
            r"\bmay not be (?:published, )?(?:re)?(?:published|broadcast|rewritten|"
            r"redistributed)|"
            r"\bmay not be (?:copied or )?reproduced(?:,? (?:in whole or in part|without|or|in any|distributed|"
            r"published|broadcast))|"
            r"\bexcept with the prior written permission\b|"
            # a site's acknowledgement of country: "We acknowledge the Traditional Owners of the lands on which we
            # live and work", "ABC acknowledges the First Australians as the traditional custodians of ..."
            r"^(?:we|[\w.&' -]{1,40}) acknowledges? [^.]{0,80}\btraditional (?:custodians|owners) of "
            r"(?:the |this |these )?(?:lands?|country|waters)\b|"
            # a consent banner's instruction: "Vous pouvez modifier vos choix à tout moment en cliquant sur
            # « Paramétrer les cookies »", "You can change your choices at any time by clicking Cookie settings"
            r"\b(?:by clicking|click(?:ing)? on|en cliquant sur|cliquez sur|(?:durch )?klicken sie auf|"
            r"haciendo clic en|cliccando su|clicando em|klikając)\b[^.!?]{0,60}\b"
            r"(?:cookie (?:settings|preferences|policy)|"
            r"(?:manage|paramétrer|gérer|configurer) (?:les |your )?cookies|cookie-einstellungen|"
            r"(?:configuración|preferencias|configurações) de cookies|impostazioni (?:dei )?cookie|"
            r"ustawienia (?:plików )?cookie)\b|"
            # cookie notices: "By choosing I Accept, you consent to our use of cookies"
            r"\b(?:we use cookies|(?:consent to|accept) (?:our|the) use of cookies|this (?:site|website) uses cookies|"
            # "we use cookies" in more languages: "Uporabljamo piškotke", "Mēs izmantojam sīkdatnes", "Við notum
            # vafrakökur", "ჩვენ ვიყენებთ ქუქი-ფაილებს", "হম ... কুকিজ ব্যবহার করি"
            r"користимо колачиће|uporabljamo piškotke|kasutame küpsiseid|izmantojam sīkdatnes|naudojame slapukus|"
            r"از کوکی(?:\u200c| )?ها [^.]{0,40}استفاده می(?:\u200c| )?کنیم|कुकीज़ का उपयोग करते|কুকিজ ব্যবহার কর|"
            r"کوکیز استعمال کرتے|เราใช้คุกกี้|notum vafrakökur|defnyddio cwcis|cookieak erabiltzen ditugu|"
            r"utilitzem galetes|përdorim cookies|користиме колачиња|cookie файлдарын пайдаланамыз|ვიყენებთ ქუქი|"
            r"օգտագործում ենք թխուկներ|kukilərdən istifadə edirik|"
            # a consent banner: "We value your privacy. We and our 143 partners use cookies ...", "Avec votre
            # accord, nous et nos 847 partenaires utilisons des cookies ...", "Szanujemy Twoją prywatność."
            r"^we value your privacy\W*$|^by clicking [“\"]?(?:i )?(?:accept|agree)|"
            r"^klikając „?[^”]{0,30}”?,? wyrażasz zgodę|"
            r"^en cliquant sur « ?(?:accepter|j'accepte|tout accepter)|^al hacer clic en «?(?:aceptar|acepto)|"
            r"^(?:durch|mit) (?:dem )?(?:klicken|klick) auf „?(?:akzeptieren|alle akzeptieren|einverstanden)|"
            r"^(?:szanujemy twoją prywatność|nous respectons votre vie privée|"
            r"wir respektieren ihre privatsphäre|respetamos tu privacidad|valoramos tu privacidad|"
            r"respeitamos a sua privacidade|la tua privacy è importante|wij respecteren uw privacy)\W*$|"
            r"\b(?:our partners and we|nos partenaires et nous|unsere partner und wir|nuestros socios y nosotros|"
            r"i nostri partner e noi) (?:use|utilisons|verwenden|nutzen|utilizamos|utilizziamo)\b[^.]{0,30}\b"
            r"(?:cookies?|technologies|technologien|tecnologías|tecnologie)\b|"
            r"\b(?:we and our|nous et nos|wir und unsere|nosotros y nuestros|noi e i nostri|nós e os nossos|"
            r"wij en onze|my i nasi|мы и наши) (?:\d+ )?(?:[\w-]+ )?(?:partners|partenaires|partner|socios|"
            r"parceiros|partnerzy|партнеры)\b[^.]{0,40}\b(?:use|utilisons|verwenden|nutzen|utilizamos|usamos|"
            r"utilizziamo|usiamo|gebruiken|używamy|используем)\b[^.]{0,40}\b(?:cookies?|technologies|technologien|"
            r"tecnologías|tecnologie|tecnologias|technieken|technologii|технологии)\b|"
            # the consent framework's words: "We and our 142 partners store and access information on your device"
            r"\bwe and our (?:\d+ )?(?:[\w-]+ )?partners (?:store|access|process)\b[^.]{0,40}\b"
            r"(?:information on (?:your|a) device|personal data)\b|"
            r"^(?:wir (?:verwenden|nutzen)|nous utilisons|utilizamos|usamos|utilizziamo|wij gebruiken|we gebruiken|"
            r"używamy|мы используем|vi använder|vi bruger|vi bruker|käytämme|používáme|folosim|χρησιμοποιούμε|"
            r"ми використовуємо|אנו משתמשים) (?:(?:des|i|plików|файлы|soubory|файли) )?"
            r"(?:cookies?|kakor|çerez|cookie-uri|informasjonskapsler|evästeitä|בעוגיות)\b|^sütiket használunk\b|"
            # "Este sitio web utiliza cookies", "Questo sito utilizza cookie tecnici", "Tento web používá ...
            # soubory cookie", "Sitemizde çerezler kullanılmaktadır"
            r"^(?:este|esta|nuestro|el|questo|il nostro|ce|notre|diese|unsere|deze|onze|este|o nosso|ten|tento|"
            r"ta|этот|наш)\s(?:sitio|site|sito|website|webseite|web|página|strona|сайт|portal)(?: web| internet)? "
            r"(?:utiliza|usa|utilizza|use|utilise|verwendet|nutzt|gebruikt|maakt gebruik van|używa|korzysta z|"
            r"používá|использует)\b[^.]{0,80}\b(?:cookies?|plików cookie|soubory cookie|файлы cookie)\b|"
            r"^sitemizde çerezler kullanılmaktadır|"
            # and of more languages: "Овај сајт користи колачиће ...", "Ta spletna stran uporablja piškotke"
            r"^(?:ovaj|ova|овај|ова|ta|този|táto|ez a|acest|цей|bu)\s(?:sajt|сајт|stranica|portal|spletna stran|"
            r"stran|сайт|stránka|web|weboldal|site|web sitesi)\s(?:koristi|користи|uporablja|използва|používa|"
            r"használ|folosește|використовує|kullanır|kullanıyor)\b[^.]{0,60}\b(?:kolačić\w*|колачић\w*|"
            r"piškotk\w*|бисквитк\w*|cookie\w*|süti\w*|çerez\w*)|"
            r"by (?:continuing to )?(?:use|using|browse|browsing) (?:this|our) (?:site|website)|"
            r"^(?:accept|allow) (?:all )?cookies(?=\W*$))|"
            r"^copyright\b|"
            r"\bno part of this (?:site|website|publication|article|page)\b.{0,80}\bmay be reproduced|"
            # a Russian outlet's registration as mass media: "Свидетельство о регистрации СМИ ЭЛ №ФС77-..."
            r"\bсвидетельство о регистрации (?:сми|средства массовой информации|эл)\b[^.]{0,20}?№|"
            # and its founder, the company: "Учредитель: ООО «Пример Медиа»"
            r"^учредитель\s*:|"
            r"\b(?:text|content) (?:is )?available under (?:the |a )?creative commons|"
            # a company registration: "Harbour Post Media Ltd is registered in England & Wales (No. 0123456)."
            r"\b(?:limited|ltd|plc|llp)\b[^.]{0,30}\bregistered in england (?:and|&) wales\b"
            r"(?=\W*(?:(?:under |with )?(?:company )?(?:no\.?|number|registration)[^.]{0,30})?\W*$)|"
            # the site's own policies, in a line of their own or addressed to the reader; not a story
            # sentence about a platform's terms of service
            r"^.{0,60}\b(?:terms of (?:use|service)|privacy policy|cookie policy)\b.{0,40}$|"
            r"\b(?:our|this (?:site|website)'s?|you agree to the)\s+(?:\w+\s+){0,3}"
            r"(?:terms of (?:use|service)|privacy policy|cookie policy)\b|"
            # the same in other languages: "Durch die Nutzung dieser Website ... unsere Nutzungsbedingungen"
            r"\b(?:unsere|unserer|nos|nuestr[ao]s?|nostr[aei]|noss[ao]s?)\s+(?:\w+\s+){0,3}"
            r"(?:nutzungsbedingungen|datenschutzerklärung|datenschutzbestimmungen|"
            r"conditions (?:générales )?d'utilisation|"
            r"politique de confidentialité|términos (?:y condiciones|de uso)|política de privacidad|"
            r"termini (?:e condizioni|d'uso)|informativa (?:sulla )?privacy|termos de (?:uso|serviço)|"
            r"política de privacidade)\b|"
            # consent under a subscription form in Russian: "Подписываясь на рассылку, вы принимаете условия
            # пользовательского соглашения", "Нажимая кнопку, вы соглашаетесь с политикой конфиденциальности"
            r"^(?:подписываясь|нажимая|регистрируясь|продолжая|оставляя)\b[^.]{0,80}\bвы (?:принимаете|соглашаетесь с|"
            r"даете согласие на|даёте согласие на)\s+(?:\w+\s+){0,2}"
            r"(?:услови\w*|пользовательск\w+ соглашени\w*|политик\w+ конфиденциальности|обработк\w+)",
            _FLAGS,
        ),
    ),
)
# Cheap tests before the rules: a rule runs only on text holding one of its trigger words.
_RULE_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "truncation": "chars characters",
        "appeal": "support donate donation donations donating contribution contributions member members supporter "
        "supporters funded unterstützen soutenez apoya sostieni apoie steun wesprzyj поддержите",
        "newsletter": "newsletter newsletters sign signing signup inbox email inscrivez abonnieren breaking "
        "abonnez boletín boletin suscríbete suscribete iscriviti assine lettre подписывайтесь подпишитесь "
        "nieuwsbrief zapisz пријавите piesakies užsiprenumeruokite خبرنامه न्यूज़लेटर নিউজলেটারে نیوز "
        "გამოიწერეთ բաժանորդագրվեք bülletenimizə жаңалықтарымызға skráðu cláraigh cofrestrwch harpidetu subscriu "
        "abonohu претплатете",
        "promo": "read related recommended watch listen click tap lesen mehr lire leer lea lee leia leggi veja "
        "interesar interesarte ver véase voir aimerez interessare interessarti interessant interessieren "
        "gostar interessar "
        "download subscribe follow originally appeared unlimited subscriber app commission links version "
        "channel تطبيق guarda mira regardez sehen assista bekijk дивіться شاهد tonton "
        "пратите sledite jälgi გამოგვყევით հետևեք fylgdu lean dilynwch jarraitu segueix ndiqni следете biyo silandele "
        "دنبال izləyin бақылаңыз kuzating فالو "
        "commissions provision provisionen comisión commissione comissão commissie prowizję provizi ersättning "
        "jutalékot "
        "suivez síguenos siguenos síganos siganos seguici siga folgen читайте смотрите материалы новости похожие "
        "lees czytaj okuyun בנושא olvasd citiți kapcsolódó olvasta διαβαστε διαβάστε ajánljuk karanta skaitykite "
        "zobacz ilgili اقرأ إقرأ interessant polecamy ilginizi přečtěte okumadan weitere "
        "baca berita xem liên läs læs også lue đọc čtěte διαβάστε citește citeste olvassa بخوانید קרא קראו "
        "llegeix llegeixi llegiu pot pročitajte прочитајте prečítajte čítajte soma basahin lasi lasiet skaitykite loe "
        "preberite прочетете lexo پڑھیں leé berkaitan இதையும் באתר "
        "წაიკითხეთ կարդացեք oxuyun оқыңыз oʻqing o'qing o‘qing уншаарай ያንብቡ funda lestu léigh darllenwch "
        "irakurri tamén នបន စပ කියවන්න 关联阅读",  # (Khmer, Burmese as WORD splits them: "អានបន្ថែម", "ဆက်စပ်သတင်း")
        "share": "share tweet pin email print copy link facebook twitter x linkedin whatsapp reddit messenger telegram "
        "click like loading bookmark delen deel kopiuj kopieren copiar copier kopieer skopiuj kopírovat kopeeri "
        "offrir sns 보내기 기사보내기 פייסבוק וואטסאפ ווטסאפ טוויטר טלגרם אינסטגרם "
        "kopijuoti kopēt kopiraj копирай копирај копировать скопіювати копіювати bağlantıyı linki copia kopioi "
        "kopiera kopier másolása copiază αντιγραφή העתקת העתק نسخ کپی salin sao คัดลอกลิงก์ リンクをコピー 复制链接 "
        "링크 복사 링크복사 correu correo kindly "
        "pinterest instagram youtube tiktok flipboard tumblr bluesky mastodon partager compartir condividi teilen "
        "partilhar compartilhar google rss copied kopiert copié copiado copiato gekopieerd sharing e "
        "bagikan chia dela sdílet udostępnij κοινοποίηση "
        "поделиться поділитися distribuie megosztás paylaş שתף شارك اشتراک シェア 分享 공유하기 compartilhe comparte "
        "partagez jetzt podziel paylaşın ツイート 分享到 微信 微博 공유 url복사 링크복사 페이스북 카카오톡 فيسبوك "
        "dela kopiera save 記事を保存 この記事をシェアする 点赞 收藏 تويتر واتساب تيليجرام 트위터 카카오스토리 밴드 "
        "リンクをコピー 加入書籤 加入书签 dalintis dalīties jaga แชร "
        "vk вконтакте одноклассники kongsi শেয়ার शेयर शेअर व्हॉट्सअ व्हॉट्सॲप گذاری شارك שתפו שלחו másolása फेसबुक फ़ेसबुक व्हाट्सऐप "
        "व्हाट्सएप ट्विटर ফেসবুক হোয়াটসঅ্যাপ فیسبوک واتس‌اپ توییتر تلگرام",
        "credit": "photo photograph photos image images picture video credit illustration foto bild getty caption "
        "reporting writing editing compiled research contributed contributing "
        "shutterstock istock istockphoto alamy afp epa reuters dpa ap fot zdj fotó zdjęcie fotoğraf фото φωτογραφία "
        "ფოტო сурет зураг ፎቶ mynd grianghraf llun argazkia fotografi បថត ඡායාරූපය படம் ചിത്രം ફોટો ਫੋਟੋ isithombe "
        "լուսանկարը լուսանկար լուսանկարները ဓ 图 圖 "
        "φωτο снимка снимки фотография fotografia fotografía fotografie nuotr צילום "
        "kuva φωτ arquivo archivo archive archiv archives أرشيف ارشيف gambar "
        "información material informações materiaal informatie quelle fuente fonte bron źródło источник "
        "kaynak sumber nguồn hoto φωτογραφια عکس فوٹو "
        "izvor извор източник джерело allikas avots šaltinis heimild ffynhonnell iturria burimi дереккөз сурвалж "
        "წყარო աղբյուր mənbə manba រភព स्रोत সূত্র ذریعہ منبع מקור 出典 来源 來源 출처 chanzo zdroj forrás sursa sursă "
        "kilde källa lähde vir "
        "archivbild archivfoto symbolbild symbolfoto representational representative illustrative archivio "
        "repertorio archieffoto archiefbeeld archiwum ilustrační ilustračné ilustračná архив архивное архівне "
        "ілюстративне иллюстративное αρχείο arşiv temsili ilustrasi hiasan minh tư फाइल प्रतीकात्मक सांकेतिक ফাইল "
        "প্রতীকী 資料圖片 资料图片 資料圖 资料图 資料照片 资料照片 示意圖 示意图 資料写真 写真はイメージ "
        "자료사진 أرشيفية "
        "تعبيرية آرشیوی آرشیو ארכיון ภาพประกอบ arkistokuva arkivbild arkivfoto arkivbillede illustrasjonsfoto "
        "archív illusztráció arhivă ilustrativă supplied fotos bilder kuvat zdjęcia fotky snímky fotók фотографии "
        "φωτογραφίες fotoğraflar",
        "bio": "jurnalist jurnalistă corespondent kirjoittaja "
        "reached follow writer reporter correspondent editor columnist contributor journalist email e mail "
        "contact redakteurin redakteur reporterin korrespondentin korrespondent journalistin dziennikarką "
        "dziennikarzem reporterką reporterem journaliste rédactrice rédacteur correspondante correspondant "
        "periodista redactora redactor corresponsal giornalista redattrice redattore corrispondente jornalista "
        "repórter correspondente redacteur verslaggever covers корреспондент журналист обозреватель редактор "
        "reporter redattrice redactora صحفي صحفية صحافي صحافية مراسل مراسلة محرر محررة",
        "legal": "reserved redistributed rewritten terms privacy cookie copyright réservés reservados vorbehalten "
        "δικαιώματος правы حقوق সর্বস্বত্ব உரிமைகளும் terpelihara สงวนล haki karapatan უფლება իրավունքները hüquqlar "
        "құқықтар huquqlar эрх መብቱ réttindi ceart hawl eskubide drets dereitos drittijiet រក ရယ හිමිකම් അവകാശങ്ങളും "
        "हक्क હક્ક ਹੱਕ regte amalungelo rechter колачиће piškotke küpsiseid sīkdatnes slapukus کوکی कुकीज़ কুকিজ "
        "کوکیز เราใช vafrakökur cwcis cookieak galetes колачиња файлдарын ქუქი թխուկներ kukilərdən "
        "nutzungsbedingungen datenschutzerklärung datenschutzbestimmungen utilisation confidentialité términos "
        "privacidad termini informativa termos privacidade reproduced creative wales cookies permission cipta quyền "
        "rättigheter rettigheder rettigheter práva prywatność privée privatsphäre "
        "clicking klikając cliquant klicken klick partners "
        "δικαιώματα drepturile jog oikeudet הזכויות حقوق "
        "riservati reproducción reproduccion reproduction riproduzione права rechten prawa hakları الحقوق çerez "
        "informasjonskapsler evästeitä sütiket בעוגיות свидетельство учредитель подписываясь нажимая регистрируясь "
        "продолжая оставляя teisės tiesības õigused pravice prava drejtat réttur सर्वाधिकार kolačiće колачиће "
        "piškotke бисквитки sütiket çerezleri kolačića колачића acknowledge acknowledges",
    }.items()
}
# "By Jane Example", "BY JANE EXAMPLE | Staff": capitalised names after the word, not "By the numbers".
# "By JANE EXAMPLE and TOM EXAMPLE", "Analysis by Jane Example, Political Editor".
# A name is capitalised words, each read whole (possessive: "ANDERSON" is never "AND" + "ERSON", so
# the pattern takes linear time however many names a line joins) and never a conjunction; "By Monday"
# is a deadline, not a byline.
_NAME = r"(?:(?!(?i:and|und|et|y|e)\s)[A-Z][\w.'’-]*+\s*){1,5}"
# a word capitalised in any script with case ("Ángel", "Łukasz", "Мария")
_CAPITALISED = r"(?-i:[A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ\u0400-\u042fΑ-Ω])[\w.'’-]*+"
CAPITALISED = _CAPITALISED
# The word a byline opens with ("By", "Von", "Por", "Analysis by").
_BY = (
    r"^(?i:(?:analysis|opinion|commentary|written|reported|words|text|story)\s+)?(?i:by|von|par|por|di|door|av|af):?\s+"
)
_BYLINE_HEAD = (
    _BY + r"(?!(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    rf"{_NAME}(?:(?i:and|und|et|y|e|&)\s+{_NAME})*"
)
BYLINE = re.compile(_BYLINE_HEAD + r"(?:[,|/·@].*|\s+[—–]\s+[^.!?]{1,40})?$")  # "By Jane Example — Port Town"
# BYLINE as a rule: not a title-case heading that opens with a byline's word ("Von Berlin Nach München",
# "Door Weer En Wind", "Por Qué Subió El Pan"; a preposition or a question word among the "names"), nor
# one name alone after a byline word of another language ("Par Exemple", "Por Favor"; "By Reuters" is one).
_NO_HEADING = r"(?![^,|/·@]*\s(?-i:Nach|Zum|Zur|En|Qué|Que|Para|Pour|Het|Een)(?:\s|$))"
# (the opening word is looked for first: most lines fail there, before the guards read the whole line)
_OPENS_AS_BYLINE = r"(?=" + _BY[1:] + r"|(?i:przez)\s|(?i:автор)\s*:)"
_BYLINE_RULE = re.compile(
    r"^" + _OPENS_AS_BYLINE + _NO_HEADING + r"(?!(?i:von|par|por|di|door|av|af)\s+[^\s,|/·@]+\W*$)" + BYLINE.pattern[1:]
)
# A byline that ends with its age ("By Jane Example 2 days ago"): a rule's, not the byline the features
# and the line joining read (a date after the name, "By Election Day on Nov. 5", is a story's timeline).
_BYLINE_AGO = re.compile(_BYLINE_HEAD + r"(?i:\d{1,2} (?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago)$")
# A byline and its date on one line, nothing after them but a time and an update stamp: a date in figures
# ("Por Juan Ejemplo 26/05/2025 - 01:14h Actualizado: ...", "Von Thomas Beispiel 12.03.2024, 10:15 Uhr",
# "Par Marie Exemple le 12/03/2024"), or one in words with its year ("By Jane Example - March 12, 2024", "By
# Jane Example March 12, 2024"). Two names at least and a real day and month: not "Di Maio 12/03/2024",
# "Par Tél. 01.23.45.67.89", a caption ("Von Sturm Zeynep am 18.02.2022 entwurzelte Bäume") or a timeline
# ("By Election Day on Nov. 5").
_WEEKDAY = (
    # in full, or cut short before a stop or a comma ("Tue.", "Sun,"; not the name "Sun Yang")
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?=[.,])|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"
_DATE_IN_FIGURES = (
    rf"(?:{_DAY}(?P<a>[./-]){_MONTH_NUMBER}(?P=a)|{_MONTH_NUMBER}(?P<b>[./-]){_DAY}(?P=b))(?:19|20)?\d\d(?![./-]?\d)|"
    rf"(?:19|20)\d\d-{_MONTH_NUMBER}-{_DAY}(?!\d)"
)
_DATE_IN_WORDS = (
    rf"(?i:(?:{MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\.? (?:de )?(?:{MONTHS})(?: de)? (?:19|20)\d\d)"
)
_TIME_OF_DAY = (
    r"(?:\s*(?:[,|·•–—-]\s*)?(?i:(?:à|a las|um|at|alle|às|om|kl\.?)\s+)?\d{1,2}[:.h]\d\d\s*"
    r"(?i:h|uhr|a\.m\.?|p\.m\.?|am|pm)?)?"
)
# A time's zone in capitals after it ("11:00 PM PST", "12:41 PM ET").
_ZONE = r"(?:\s+(?-i:[A-Z]{2,4})\b)?"
# The author's handle after the stamp: "Follow @janeexample".
_FOLLOW_HANDLE = r"(?:\s+(?i:follow)\s+@\w+)?"
_BYLINE_DATED = re.compile(
    _BY + rf"(?!(?i:{_WEEKDAY})\b)(?:(?!(?i:and|und|et|y|e|the|on|of|in|at|to|for)\s){_CAPITALISED}\s*){{2,5}}"
    rf"(?:(?i:and|und|et|y|e|&)\s+{_NAME})*"
    rf"(?:(?:[-–—•]\s*|(?i:le|el|am|il|em|op)\s+)?(?:{_DATE_IN_FIGURES})|"
    rf"(?:[-–—•]\s*)?{_DATE_IN_WORDS}|"
    # a month and day without the year, the time right after it ("By Jane Example March 18 at 3:57 PM")
    rf"(?:[-–—•]\s*)?(?i:(?:{MONTHS})\.? \d{{1,2}})(?=,?\s*(?i:at\s+)?\d{{1,2}}[:.]\d\d))"
    # a time ("- 01:14h", ", 10:15 Uhr", "à 10h15") and its zone, then an update stamp ("Actualizado: ...")
    + _TIME_OF_DAY
    + _ZONE
    + rf"(?:\s*[|·•–—-]?\s*(?i:{_STAMP_WORDS}|updated|last updated)\b.*)?"
    + _FOLLOW_HANDLE
    + r"\s*$"
)
# "Written by Jane Example on Monday, 11 March 2024 at 10:15": a post's byline with its date after "on"
# (the verb tells it from a timeline, "By Election Day on Nov. 5, 2024").
_BYLINE_POSTED = re.compile(
    rf"^(?i:written|posted|published)\s+(?i:by)\s+(?:(?!(?i:the|of|mistake|accident)\s){_CAPITALISED}\s*){{2,4}}"
    rf"(?:(?i:and|&)\s+(?:{_CAPITALISED}\s*){{2,4}})*(?i:on)\s+(?i:(?:{_WEEKDAY})\.?,?\s+)?{_DATE_IN_WORDS}"
    + _TIME_OF_DAY
    + r"\s*$"
)
# A byline after a phrase or a desk's label of another language ("Escrito por María Ejemplo", "Redakcja:
# Jan Kowalski"; names capitalised in any script with case), or the desk alone ("Redacción", "Agencia
# EFE"). Not "Autor:" or "Texto:", which also open the lines of a book's or a law's fact box.
# A byline whose names have capitals beyond A-Z ("By Élodie Martin", "Por Ángel Ruiz y Ana Gil") or whose
# opening BYLINE lacks ("Przez Łukasz Nowak", "Автор: Мария Иванова"): a rule's (BYLINE, which the features
# read, keeps to what it was trained with).
_JOINS = r"(?i:and|und|et|y|e|i|и|och|og|en|oraz|&)"
# A name's particles between its capitalised words: "Sanne de Vries", "Ana dos Santos", "Ludwig van Beethoven".
_PARTICLES = r"(?:(?-i:de|van|der|den|von|da|di|del|della|du|dos|das|ten|ter|bin|al|el|la|le)\s+)*"
_BYLINE_WORLD = re.compile(
    # some lower case in the line ("VON ÖSTERREICH LERNEN" is a heading), names of two words at least
    # ("Von Öl und Gas", "Przez Kraków i Wrocław" are phrases) and nothing after them
    r"^"
    + _OPENS_AS_BYLINE
    + r"(?=.*(?-i:[a-zß-ÿа-яё]))"
    + _NO_HEADING
    + r"(?:"
    + _BY[1:]
    + r"|(?i:przez)\s+|(?i:автор)\s*:\s*)"
    rf"(?!(?i:{_WEEKDAY})\b)(?!{_JOINS}\s){_CAPITALISED}\s*{_PARTICLES}(?:(?!{_JOINS}\s){_CAPITALISED}\s*){{1,4}}"
    rf"(?:{_JOINS}\s+{_CAPITALISED}\s*{_PARTICLES}(?:{_CAPITALISED}\s*){{1,4}})*$"
)
# One to four names in scripts without capitals (Hebrew, Arabic, the Indic scripts, Thai): a byline's names.
_CASELESS_NAMES = r"[\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f]+(?:\s+[\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f]+){0,3}"
_BYLINE_LABEL = (
    r"^(?:(?:penulis|wartawan|pewarta)\s+(?=(?-i:[A-Z]))|"
    r"(?:redaktion|redacción|redazione|rédaction|redação|redactie|redakcja|редакция|penulis|wartawan|pewarta|"
    r"reporter|haber|muhabir|текст|röportaj|söyleşi|interview|entrevista|intervista)\s*:\s*|oprac\.\s*:?\s*|"
    r"(?:escrito por|scritto da|écrit par|geschreven door|napisane przez|geschrieben von|bearbeitet von|"
    r"ein artikel von|ein beitrag von|ein (?:essay|kommentar|gastbeitrag) von|das gespräch führten?|"
    r"das interview führten?|propos recueillis par|rozmawiała|rozmawiał|"
    r"dalla nostra inviata|dal nostro inviato|dalla nostra corrispondente|dal nostro corrispondente|"
    r"de notre (?:envoyée?|correspondante?) spéciale?|de nuestr[oa] enviad[oa] especial|door onze \w+|"
    r"entrevista de|intervista di)\s+)"
    rf"{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED})?(?:\s+{_CAPITALISED}){{0,3}}(?:\s*(?:,|/|\||·|\band\b|\bund\b|"
    rf"\bet\b|\by\b|\be\b|\bi\b|\bи\b)\s*{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED})?(?:\s+{_CAPITALISED}){{0,3}})*"
    # the editor after the writer: "Penulis: Andi Example | Editor: Budi Example"; the agency: "(AIP)"
    rf"(?:\s*\|\s*(?:editor|redaktur|penyunting)\s*:?\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,4}})?"
    r"(?:\s*\((?-i:[A-Z]{2,6})\))?\W*$|"
    r"^(?:redacción|redazione|redaktion|rédaction|redação|redactie|redakcja|редакция|agencia efe|europa press|"
    r"agência (?:brasil|lusa))\W*$|"
    # Chinese "记者 王明", "文/陈浩", Korean "홍길동 기자", "대전=홍길동 기자" (and the reporter's e-mail),
    # Arabic "بقلم: ..."
    r"^\W*(?:本报|本報)?(?:记者|記者)\s*[:：]?\s*(?!\w{1,4}[攝摄]\W*$)\w{2,4}(?:\s+\w{2,4}){0,2}\W*$|"
    # Taiwan's "記者林怡君／南濱報導" (the reporter, then where she reports from); not a photographer's "（記者…攝）"
    r"^\W*(?:[\u4e00-\u9fff]{1,6}[報报]\s*[/／]\s*)?(?:本报|本報)?(?:记者|記者)\s*\w{2,4}(?:[、,，]\w{2,4}){0,2}\s*[/／]\s*"
    r"\w{1,6}?(?:报导|報導|报道|報道)\W*$|"
    # Korean: text by one reporter, photos by another ("글 박지윤 기자 · 사진 최현우 기자")
    r"^\W*글\s+[가-힣]{2,4}\s*기자\s*[·|/,]\s*사진\s+[가-힣]{2,4}\s*기자\W*$|"
    r"^\W*(?:文|撰文|文字)\s*[/／|｜:：]\s*\w{2,6}(?:\s+\w{2,4}){0,2}(?:[（(][^）)]{1,20}[）)])?\W*$|"
    # Hindi: "रिपोर्ट: अमित शर्मा", "द्वारा: नेहा सिंह"
    r"^\W*(?:रिपोर्ट|द्वारा|लेखक|संवाददाता)\s*[:：]\s*[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+){0,3}\W*$|"
    # Persian, Thai and Hebrew: "خبرنگار: مریم رضایی", "نویسنده: علی کاظمی", "ผู้เขียน: ธนพล ศรีวงศ์", "מאת: דנה לוי"
    r"^\W*(?:خبرنگار|نویسنده|گزارش|ผู้เขียน|ข่าวโดย|מאת|כתבת?)\s*[:：]\s*[^\W\d]\S*(?:\s+[^\W\d]\S*){0,3}\W*$|"
    r"^\W*(?:\w{1,6}=)?\w{2,4}(?:\s+\w{2,4})?\s*기자(?:\s*\(?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\)?)?\W*$|^\W*(?:بقلم\s*:?|كتبت?\s*:)\s*\w+(?:\s+\w+){0,3}\W*$|"
    r"^\W*作者\s*[:：]\s*\w{2,4}(?:\s+\w{2,4}){0,2}\W*$|"
    # a Japanese desk and its reporter: "経済部　田中美咲", "社会部・山本亮"
    r"^\W*[\u3040-\u30ff\u4e00-\u9fff]{1,6}部[\s・]+[\u3040-\u30ff\u4e00-\u9fff]{2,6}\W*$|"
    # a name and the reporter's e-mail: "Erik Exempel | erik.exempel@example.se"
    rf"^{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED}){{1,3}}\s*[|,·–—-]\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$|"
    # a name and its outlet: "Priya Example · CBC News", "Alejandra Ejemplo | El Diario del Sureste"
    rf"^{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED}){{1,2}}\s*[·|•]\s*(?:[\w.&'’-]+\s+){{0,4}}?"
    r"(?-i:News|Times|Post|Herald|Tribune|Gazette|Journal|Diario|Jornal|Giornale|Zeitung|Courier|Press|Daily|"
    r"Radio|TV|Noticias|Notícias|Nieuws|Chronicle|Record|Telegraph|Mail|Star|Observer)(?:\s+[\w.&'’-]+){0,3}\W*$|"
    # a name and its beat: "Hannah Example North of England correspondent"
    # (not a product's name: "Web Audio Editor")
    rf"^{_CAPITALISED}\s+{_CAPITALISED}\s+(?:(?:[\w&'’-]+\s+){{1,4}}(?:correspondent|reporter|editor)|"
    r"(?-i:correspondent|reporter|editor))\W*$|"
    # a name with the agency that wrote with them: "Marc Exemple avec AFP", "Jane Roe with Reuters"
    rf"^{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED}){{1,3}}\s+(?:avec|with|mit|con|com|met)\s+"
    r"(?:l'|la |el |der |die )?(?:afp|ap|reuters|dpa|efe|ansa|lusa|anp|pap|belga|agencias|agences|agenturen)\W*$|"
    # a name and its role: "Jane Roe | Staff Writer", "Tom Example, Senior Correspondent", "Priya Example ·
    # Local Journalism Initiative Reporter"
    rf"^{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}}\s*[|,–—·]\s*(?:[\w&-]+ ){{0,3}}"
    r"(?:writer|reporter|correspondent|contributor|editor|columnist|photographer)\W*$|"
    # names and the news agency they wrote for: "Sindre Example, NTB", "Petr Příklad, ČTK", "Murat Örnek / DHA"
    rf"^{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED}){{1,3}}(?:\s*,\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}})*"
    r"(?:\s*,\s*|\s+/\s+|\s+\|\s+)(?-i:NTB|TT|STT|ČTK|TASR|PAP|MTI|DHA|AA|İHA|ANKA|ANSA|EFE|Lusa|APA|SDA|dpa|AFP|AP|"
    r"Reuters|Belga|ANP|Ritzau|BTA|Tanjug|Hina|STA|Agerpres|ELTA|LETA|BNS|Yonhap|Kyodo|Xinhua|Bernama|Antara|"
    r"PTI|IANS|KNA|AAP|NZPA|CP|UPI)\W*$|"
    # "by" and "written by" in more languages, before names: "Oleh Andi Contoh", "Bởi Nguyễn Văn Mẫu", "Skrevet af
    # Mette Eksempel", "Escrit per Jordi Exemple", "Του Γιώργου Παραδείγματος", "Yazan: Ayşe Örnek"
    rf"^(?:oleh|bởi|skrevet (?:af|av)|escrit per|napisał(?:a)?|του|της|от|"
    r"daga(?!\s+(?:jihar|fadar|birnin|garin|majalisar|gwamnatin|kasar)\b)|(?-i:de)|"
    r"(?:yazan|szerző|piše|kirjoittaja)\s*:)"
    rf"\s+{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED}){{1,3}}"
    rf"(?:\s*(?:,|\bog\b|\boch\b|\bi\b|\bés\b|\bve\b|\bdan\b|\bvà\b|\bи\b|\bκαι\b)\s*{_CAPITALISED}(?:\s+{_CAPITALISED}){{1,3}})*"
    r"\W*$|"
    # Swahili's and Tagalog's "by": "Na Juma Mfano, Kibanga", "Ni Jose Halimbawa"; Vietnamese "text (and photos)
    # by": "Bài và ảnh: Nguyễn Thị Mẫu"; Thai "story:": "เรื่อง: ..."
    rf"^(?-i:Na|Ni)\s+{_CAPITALISED}(?:\s+{_PARTICLES}{_CAPITALISED}){{1,3}}(?:\s*,\s*{_CAPITALISED}(?:\s+{_CAPITALISED})?)?$|"
    r"^(?:bài|bài và ảnh|bài, ảnh|bài và ảnh|tin|tin, ảnh|tin và ảnh|nhóm phóng viên)\s*:\s*\w+(?:\s+\w+){1,4}\W*$|"
    r"^\W*(?:เรื่อง|เรื่องโดย|โดย)\s*[:：]\s*\S+(?:\s+\S+){0,2}\W*$|"
    # Korean reporters and columnists: "이준호·박민지 기자", "김민서 논설위원", "정우진 특파원"
    r"^\W*[가-힣]{2,4}(?:\s*[·ㆍ,]\s*[가-힣]{2,4}){0,3}\s*(?:기자|논설위원|특파원|선임기자|전문기자|객원기자|"
    r"논설실장|칼럼니스트)\W*$"
)


# The names of a site's sections and services, in a line of their own: furniture in a menu or a footer,
# but also a story's sub-headings ("Corrections" in a story about a paper's corrections policy), so no
# rule removes them alone: they only tell a run of short lines for a menu (see clean.core._mark_menu).
SITE_SECTIONS = re.compile(
    r"^\W*(?:home(?:page)?|contact|subscribe|print|accessibility|corrections|complaints|archives?|newsletters|"
    r"syndication|work (?:for|with) us|rss feeds)\W*$",
    re.I,
)
# The home page in a menu or a breadcrumb.
_HOME = (
    r"home(?:page)?|startseite|accueil|inicio|início|portada|página inicial|strona główna|ana ?sayfa|главная|"
    r"ホーム|トップ|首页|홈|الرئيسية|beranda|trang chủ|"
    # and in more languages: "首頁 > 地方", "خانه / استان‌ها", "Domov / Región", "Sākums / Ziņas", "প্রথম পাতা > জেলা"
    r"首頁|主页|主頁|خانه|صفحه اصلی|الصفحة الرئيسية|domov|domů|úvod|úvodní stránka|titulná strana|sākums|pradžia|"
    r"avaleht|etusivu|forside|startsida|hem|hjem|naslovna|насловна|начало|головна|αρχική|דף הבית|ראשי|"
    r"मुख्य पृष्ठ|होम|প্রথম পাতা|হোম|หน้าแรก|laman utama|főoldal|acasă|pagina iniziale|startpagina|nyumbani"
)
# The labels of site furniture (menus, account links, legal links, reader tools, advert slots),
# as alternatives of a regular expression: a line made only of them is furniture.
# A writer's name after "all posts by": capitalised words (particles between them), not a sentence going on
_AUTHOR_NAME = r"(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’.-]*(?:\s+(?:(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’.-]*|de|van|von|da|di|del|la)){0,3}"
# A blog's list of related posts, by its label (WordPress's strings of many languages)
_RELATED_POSTS = (
    r"entradas relacionadas|posts relacionados|artigos relacionados|(?:ähnliche|verwandte) beiträge|"
    r"gerelateerde berichten|(?:podobne|powiązane) wpisy|ilgili yazılar|похожие записи|související příspěvky|"
    r"articole similare|relaterade inlägg|relaterede indlæg|(?:relaterte|beslektede) innlegg|"
    r"aiheeseen liittyvät artikkelit|σχετικά άρθρα|مقالات ذات صلة|نوشته(?:\u200c| )?های مرتبط|פוסטים קשורים|"
    r"관련 글|相关文章|相關文章"
)
_FURNITURE = (
    r"sign (?:in|out|up)|log ?(?:in|out)|register|my account|rss(?: feed)?|terms(?: of \w+)?|"
    r"conditions|privacy|cookies?(?: settings| policy)?|gdpr|ad ?choices|advertise(?: with us)?|skip to|"
    r"back to top|contact us|about us|careers|jobs at|newsroom|directory|sitemap|site map|faqs?|"
    r"(?:select|choose|change) (?:your |an? )?(?:edition|region|country|language|international (?:site|edition))|"
    r"manage (?:your |my )?account|reprints? policy|disclosure (?:statement|policy)|sub ?menu(?: \d{1,2})?|"
    r"(?:games|products|companies|people|apps) (?:featured|mentioned) in this (?:article|story|post)|"
    # a category or a tag with its count of posts: "Holocaust (1)", "Haji (2)"
    r"(?-i:[A-Z])[\w'’&-]*(?: [\w'’&-]+){0,2} \((?!(?:1[89]|20)\d\d\))\d{1,4}\)|"  # (not a year: "Král Lear (1988)")
    r"feedback|reprints|permissions|latest news|more news|most (?:read|popular|viewed)|trending|"
    r"terms (?:and|&) conditions|"
    r"previous (?:post|article|story)|next (?:post|article|story)|older posts|newer posts|"
    r"(?:post|leave|add) a (?:comment|reply)|cancel reply|comments?|share this|follow us|no comments|"
    # a comment form's heading and buttons in more languages (WordPress's strings): "Deja una respuesta",
    # "Antworten abbrechen", "Publicar comentário", "Оставьте комментарий", "コメントを残す"
    r"deja (?:una respuesta|un comentario)|laisser une réponse|(?:schreibe|hinterlasse) einen kommentar|"
    r"geef een reactie|laat een reactie achter|(?:dodaj|zostaw) komentarz|bir yanıt yazın|"
    r"tinggalkan (?:balasan|komentar)|để lại (?:một )?bình luận|(?:добавить|оставьте|оставить) комментарий|"
    r"залишити коментар|napsat komentář|lasă un (?:răspuns|comentariu)|szólj hozzá|lämna ett svar|"
    r"skriv en kommentar|jätä kommentti|αφήστε (?:μια απάντηση|ένα σχόλιο)|اترك (?:تعليقاً|تعليقا|ردا|رد)|"
    r"دیدگاهتان را بنویسید|השאר תגובה|כתיבת תגובה|コメントを残す|发表回复|发表评论|답글 남기기|ใส่ความเห็น|"
    r"cancelar (?:respuesta|resposta)|annuler la réponse|antworten abbrechen|reactie annuleren|"
    r"anuluj pisanie odpowiedzi|yanıtı iptal et|batalkan balasan|отменить ответ|zrušit odpověď|"
    r"anulează răspunsul|publicar (?:el )?comentario|kommentar abschicken|publicar comentário|reactie plaatsen|"
    r"opublikuj komentarz|yorum gönder|kirim komentar|gửi bình luận|отправить комментарий|odeslat komentář|"
    r"publică comentariul|hozzászólás küldése|publicera kommentar|send kommentar|lähetä kommentti|"
    r"δημοσίευση σχολίου|إرسال التعليق|فرستادن دیدگاه|פרסם תגובה|コメントを送信|댓글 달기|"
    # a blog's related posts, links to the previous and next post, its share and like boxes and their loading
    # line (WordPress's strings): "Entradas relacionadas", "Vorheriger Beitrag", "Compartilhe isso:", "Laden..."
    rf"{_RELATED_POSTS}|"
    r"entrada (?:anterior|siguiente)|article (?:précédent|suivant)|(?:vorheriger|nächster) beitrag|"
    r"post (?:anterior|seguinte)|próximo post|(?:vorige|volgende) bericht|(?:poprzedni|następny) wpis|"
    r"(?:önceki|sonraki) yazı|(?:предыдущая|следующая) запись|(?:předchozí|další) příspěvek|"
    r"articolul (?:anterior|următor)|(?:föregående|nästa) inlägg|(?:edellinen|seuraava) artikkeli|"
    r"compartir esto|teilen mit|compartilhe isso|bunu paylaş|поделиться ссылкой|jaa tämä|"
    r"me gusta esto|j['’]aime ça|gefällt mir|curtir isso|vind-ik-leuk|polub to|bunu beğen|нравится|líbí se mi|"
    r"wczytywanie|načítání|se încarcă|"
    # a Blogger blog's links and labels, in English and more languages: "Newer Post Older Post Home",
    # "Subscribe to: Post Comments (Atom)", "Entrada más reciente Entrada antigua Página principal"
    r"(?:newer|older) post|(?:newer post )?older post home|"
    r"subscribe to\s*:?\s*(?:post comments|posts|comments)(?: \(atom\))?|"
    r"entrada más reciente|entrada antigua|página principal|article plus (?:récent|ancien)|"
    r"(?:neuerer|älterer) post|post più (?:recente|vecchio)|home page|postagem mais (?:recente|antiga)|"
    r"(?:nieuwere|oudere) post|(?:nieuwere post )?oudere post home(?:page)?|"
    r"(?:suscribirse a|s['’]abonner à|abonnieren|iscriviti a|assinar)\s*:?\s*(?:enviar comentarios|"
    r"publier les commentaires|kommentare zum post|commenti sul post|postar comentários)(?: \(atom\))?|"
    r"publicar un comentario|publier un commentaire|kommentar veröffentlichen|posta un commento|"
    r"postar um comentário|no hay comentarios|aucun commentaire|keine kommentare|nessun commento|"
    r"nenhum comentário|geen opmerkingen|brak komentarzy|yorum yok|нет комментариев|"
    # "skip to content" and a print version's link in more languages: "Saltar al contenido", "Druckversion"
    r"saltar al contenido|pular para o conteúdo|naar de inhoud springen|перейти к содержимому|"
    r"přeskočit na obsah|hoppa till innehåll|gå til (?:indhold|innhold)|siirry sisältöön|"
    r"μετάβαση στο περιεχόμενο|sari la conținut|ugrás a tartalomra|langsung ke (?:konten|isi)|"
    r"chuyển đến nội dung|versión impresa|versione stampabile|druckversion|version imprimable|"
    r"(?:log|sign) in to (?:comment|reply)|join(?: us| now)?|membership|place an ad|today'?s paper|"
    r"donate(?: now| today)?|sign up here|adv|"
    r"(?:font|text) size|(?-i:\d+[.,]\d+[KM]|\d{2,3}[KM])|[\w-]+\.(?:jpe?g|png|gif|webp)|"
    # the text size's controls of Chinese, Japanese and Korean sites: "字号：大 中 小", "본문 글씨 키우기"
    r"(?:字号|字號|字体|字體|字级|字級)\s*[:：]?\s*[大中小](?:\s*[大中小]){1,3}|文字サイズ(?:変更)?|"
    r"(?:본문 )?(?:글자|글씨) ?크기(?: 설정| 조절)?|(?:본문 )?글씨 (?:키우기|줄이기|크게|작게)|"
    r"jump (?:directly )?to (?:the )?(?:main )?content|popular now(?: on [\w .]+)?|"
    r"(?:show|load|view|see) more(?: results| stories| articles| news| posts| videos| comments)?|you are (?:here|at)|"
    r"more from [\w .&-]{2,40}|"
    r"skip to (?:the )?(?:main )?(?:content|navigation|search|footer|article|site index|menu)|"
    r"reuse this content|report an error|"
    r"\d[\d,.]*[km]? (?:shares|likes|views|reactions)|"
    # a count of views in more languages: "1 243 просмотра", "2,5 тис. переглядів", "1.204 Aufrufe", "3 456 vues"
    # (the figure possessive: a run of figures and spaces is read once, not split at each space)
    r"\d++(?:[,. \u00a0]\d++)*+ ?(?:[km]|тыс\.|тис\.|tys\.)? ?(?:просмотр(?:а|ов)?|перегляд(?:и|ів)?|aufrufe|vues|"
    r"visualizaciones|"
    r"visualizzazioni|visualizações|wyświetle(?:ń|nia)|zobrazení|görüntülenme|lượt xem|megtekintés|"
    r"vizualizări|vizualizari|okunma|görüntüleme|weergaven|visningar|visninger|προβολές|צפיות|مشاهدات|مشاهدة|"
    r"lượt đọc|kali dibaca|kali dilihat)|"
    # the count after its label: "Переглядів: 3 106", "阅读量：1.2万", "조회수 1,234"; Thai "อ่าน 5,124 ครั้ง"
    r"(?:переглядів|переглядов|просмотров|просмотры|aufrufe|visualizaciones|wyświetlenia|wyświetleń|okunma|"
    r"görüntülenme|阅读量|阅读|閱讀|浏览量|瀏覽|조회수|조회|閲覧数|lượt xem|lượt đọc)\s*[:：]?\s*"
    r"\d++(?:[,. \u00a0]\d++)*+(?:万|萬|k| тыс\.| тис\.)?|อ่าน\s*\d++(?:,\d++)*+\s*ครั้ง|"
    # a live report's labels: "Pinned", "Key event", "Show key events only" ("Épinglé", "Kiinnitetty", ...)
    # (the badges, not the list's plural label, which a story's sub-heading may be: "Key events")
    r"pinned(?: post)?|key event|show key events only|show (?:all|older|earlier|more) (?:updates|posts)|"
    r"épinglé|moment clé|fijado|momento clave|angepinnt|wichtiges ereignis|fixado|momento-chave|"
    r"vastgepind|belangrijk moment|kiinnitetty|tärkeä hetki|näytä (?:aiemmat|vanhemmat) päivitykset|"
    # a comment section's prompts and notices in more languages: "Berikan Komentar", "अपनी राय दें", "もっと見る",
    # "Le service de commentaires est momentanément indisponible.", a Japanese paywall's line ("この記事は有料会員記事
    # です。残り456文字")
    r"berikan komentar|tulis komentar|अपनी (?:राय|प्रतिक्रिया) दें|もっと見る|"
    # a newsletter form's button and field: "Sign me up", "Apuntarme", "Odebírat", "Din e-mail", "E-mail-cím"
    r"sign me up|apuntarme|cadastrar|odebírat|εγγραφή|tilmeld|meld meg på|להרשמה|đăng ký|"
    r"(?:your|din|ihre|deine|votre|tu|seu|il tuo|jouw|twój|váš|vaše|tvůj) (?:e-?mail(?:-?ad\w*)?|email address)|"
    r"e-?mail-?cím|כתובת דוא\"ל|"
    r"le service de commentaires est (?:momentanément |temporairement )?(?:indisponible|fermé)|"
    r"do diskuse mohou přispívat (?:pouze|jen) (?:ověření|registrovaní|přihlášení) (?:uživatelé|čtenáři)|"
    r"この記事は(?:有料)?会員(?:限定)?(?:記事)?です。?(?:\s*残り[\d０-９,，]+文字)?|plusartikel|"
    r"offrir cet article|पेज रिफ्रेश करें|विज्ञापन|ポスト|はてなブックマーク|"
    # a link to a section: "More Holidays & Celebrations", "More Local News" (its words capitalised, no figures)
    r"more (?-i:[A-Z])[^\W\d_]*(?: (?:&|and|(?-i:[A-Z])[^\W\d_]*)){0,3}|"
    r"\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|"
    r"comment on this (?:article|story|post)|"
    # a blog's archive, a month or a year and its count of posts: "► January (4)", "2019 (12)"
    rf"(?:(?:{MONTHS})(?: (?:19|20)\d\d)?|(?:19|20)\d\d) \(\d{{1,4}}\)|"
    r"\d+ (?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties|"
    r"komentarz(?:e|y)?|yorum|комментари(?:й|я|ев))|"
    r"(?:request )?reprints? (?:&|and) (?:licensing|permissions)|"
    r"submit (?:a )?correction|(?:image|photo|picture|slide) \d+ (?:of|/) \d+|"
    # a gallery's counter and a follow box's label in more languages: "Bild 1 von 12", "Фото 1 из 12", "Volg ons"
    r"(?:bild|foto|photo|zdjęcie|фото|afbeelding|fotoğraf|imagen|immagine|imagem|kuva|bilde|billede|εικόνα) \d+ "
    r"(?:von|de|sur|di|z|из|van|of|af|av|/) \d+|"
    r"sledujte nás|volg ons|obserwuj nas|följ oss|følg os|følg oss|seuraa meitä|ακολουθήστε μας|تابعونا|"
    r"ما را دنبال کنید|ikuti kami|theo dõi chúng tôi|"
    r"impressum|datenschutz|startseite|anmelden|abmelden|kontakt|mentions légales|accueil|connexion|"
    r"aviso legal|iniciar sesión|registrarse|contacto|deixe uma resposta|cadastre-se|contato|"
    r"accedi|registrati|contatti|lascia un commento|inloggen|uitloggen|registreren|"
    # the same labels in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish and
    # Russian: comments, subscribing, most read and related lists, skip links, home, policies,
    # contact, printing, back to top, reading time
    r"kommentare|kommentar schreiben|commentaires|laisser un commentaire|comentarios|"
    r"deja (?:un|tu) comentario|commenti|comentários|deixe (?:um|seu) comentário|reacties|reageer|"
    r"komentarze|yorumlar|yorum yap|комментарии|"
    r"jetzt abonnieren|abonnieren|abonnez-vous|s'abonner|suscríbete|suscribirse|abbonati|assine(?: já)?|"
    r"abonneren|subskrybuj|abone ol|подписаться|"
    r"meistgelesen(?:e artikel)?|weitere artikel|ähnliche artikel|das könnte sie auch interessieren|"
    r"les plus lus|articles similaires|lo más (?:leído|visto)|artículos relacionados|i più letti|"
    r"articoli correlati|mais (?:lidas|lidos)|artigos relacionados|meest gelezen|gerelateerde artikelen|"
    r"najczęściej czytane|powiązane artykuły|en çok okunanlar|самое (?:читаемое|популярное)|"
    r"похожие статьи|"
    r"zum inhalt springen|aller au contenu(?: principal)?|ir al contenido(?: principal)?|"
    r"vai al contenuto(?: principale)?|ir para o conteúdo(?: principal)?|naar (?:de )?(?:hoofd)?inhoud|"
    r"przejdź do (?:treści|zawartości)|içeriğe geç|перейти к содержанию|"
    r"inicio|início|página inicial|strona główna|ana sayfa|главная(?: страница)?|"
    r"datenschutzerklärung|datenschutzhinweise|cookie-einstellungen|nutzungsbedingungen|"
    r"politique de confidentialité|paramètres des cookies|conditions générales(?: d'utilisation)?|"
    r"política de (?:privacidad|cookies|privacidade)|configuración de cookies|términos y condiciones|"
    r"informativa (?:sulla )?privacy|termini e condizioni|termos de uso|privacyverklaring|privacybeleid|"
    r"algemene voorwaarden|polityka prywatności|regulamin|gizlilik politikası|kullanım koşulları|"
    r"политика конфиденциальности|пользовательское соглашение|"
    r"contacto|contato|iletişim|контакты|"
    # a footer's links in more languages: about us, customer service, advertising, privacy ("Über uns", "Om oss",
    # "Kundeservice", "Про нас", "আমাদের সম্পর্কে", "關於我們", "隱私權政策")
    r"über uns|qui sommes-nous|quiénes somos|chi siamo|quem somos|fale conosco|over ons|o nas|o nás|o nama|"
    r"om oss|om os|kundeservice|kundservice|kundesenter|annonsere|annoncering|annonsera|cookieinnstillinger|"
    r"cookie-indstillinger|cookieinställningar|personuppgiftspolicy|"
    r"о нас|о проекте|про нас|σχετικά με εμάς|hakkımızda|künye|par mums|apie mus|"
    r"meie kohta|kontakty|kontakti|kontaktai|tentang kami|pedoman media siber|kuhusu sisi|wasiliana nasi|"
    r"আমাদের সম্পর্কে|গোপনীয়তার নীতি|हमारे बारे में|關於我們|聯絡我們|客服中心|隱私權政策|著作權聲明|"
    # the previous and next story, listen-to-this-story and text size controls of many languages ("Nächster Artikel",
    # "Artículo anterior", "Klausytis straipsnio", "Schriftgröße", "Cỡ chữ")
    r"gwrandewch ar yr erthygl|luister naar dit artikel|luister na die artikel|pakinggan ang artikulo|"
    r"μέγεθος γραμματοσειράς|madhësia e shkronjave|escolta l['’]article|klausytis straipsnio|"
    r"articolo precedente|articolo successivo|hlustaðu á fréttina|susunod na artikulo|vypočujte si článok|"
    r"artikel berikutnya|artikel sebelumnya|artículo siguiente|föregående artikel|hurrengo artikulua|"
    r"vorheriger artikel|artículo anterior|dengarkan artikel|järgmine artikkel|klausīties rakstu|"
    r"makala inayofuata|maqolani tinglang|mida de la lletra|poprzedni artykuł|προηγούμενο άρθρο|"
    r"послушајте чланак|предыдущая статья|прослухати статтю|слушайте статията|მოუსმინეთ სტატიას|"
    r"artikulli tjetër|dimensione testo|dëgjo artikullin|entzun artikulua|kitas straipsnis|"
    r"naslednji članek|następny artykuł|nächster artikel|prethodni članak|předchozí článek|"
    r"rozmiar czcionki|tamanho da fonte|ukubwa wa herufi|volgende artikel|попередня стаття|"
    r"претходни чланак|размер на шрифта|следующая статья|article següent|artigo anterior|forrige artikel|"
    r"nākamais raksts|shrift oʻlchami|sikiliza makala|skriftstørrelse|sljedeći članak|taille du texte|"
    r"tamaño de letra|tekstistørrelse|velikost pisave|volgend artikel|дараагийн мэдээ|наступна стаття|"
    r"предишна статия|следваща статия|keyingi maqola|kuula artiklit|következő cikk|letra\-tamaina|"
    r"neste artikkel|próximo artigo|velikost písma|veličina slova|величина слова|следећи чланак|"
    r"следна статија|հաջորդ հոդվածը|შემდეგი სტატია|bài tiếp theo|erthygl nesaf|lettergrootte|"
    r"maint y ffont|nästa artikel|næste artikel|növbəti xəbər|sonraki haber|teksti suurus|veľkosť písma|"
    r"vorig artikel|επόμενο άρθρο|келесі мақала|размер шрифта|розмір шрифту|үсгийн хэмжээ|المقال التالي|"
    r"المقال السابق|អត្ថបទបន្ទាប់|další článek|fonta izmērs|laki ng font|schriftgröße|tekstin koko|"
    r"ukuran huruf|xəbəri dinlə|önceki haber|ďalší článok|şrift ölçüsü|šrifto dydis|қаріп өлшемі|"
    r"լսել հոդվածը|ขนาดตัวอักษร|შრიფტის ზომა|ស្ដាប់អត្ថបទ|mărime font|næsta frétt|textstorlek|yazı boyutu|"
    r"फ़ॉन्ट आकार|খবরটি শুনুন|পরবর্তী খবর|บทความถัดไป|előző cikk|leturstærð|הכתבה הבאה|اندازه متن|"
    r"betűméret|bài trước|גודל גופן|شنیدن خبر|فونٹ سائز|مطلب بعدی|खबर सुनें|पिछला लेख|ফন্ট সাইজ|ទំហំអក្សរ|"
    r"اگلی خبر|حجم الخط|خبر سنیں|अगला लेख|տառաչափ|cỡ chữ|сонсох|тыңдау|"
    r"記事を聞く|다음 기사|이전 기사|前の記事|次の記事|上一篇|下一篇|字号|"
    # ... and of more languages: home, contact, about us, privacy policy, log in, print, back to top ("Kezdőlap",
    # "Hafðu samband", "Մեր մասին", "Tietosuoja", "Prisijungti", "Argraffu", "Takaisin ylös", "กลับสู่ด้านบน")
    r"kezdőlap|avaleht|sākums|forsíða|hafan|hasiera|inici|domov|почетна|naslovnica|галоўная|нүүр хуудас|მთავარი|"
    r"գլխավոր|முகப்பு|హోమ్|হোম|ہوم|ראשי|nyumbani|tahanan|ikhaya|tuisblad|hlavná stránka|faqja kryesore|"
    r"почетна страница|басты бет|bosh sahifa|ana səhifə|ទំព័រដើម|ပင်မစာမျက်နှာ|මුල් පිටුව|പ്രധാന പേജ്|laman utama|"
    r"shafin farko|kontaktieren sie uns|contactez-nous|contáctenos|contattaci|neem contact op|"
    r"skontaktuj się z nami|kontaktujte nás|kontaktid|yhteystiedot|hafðu samband|déan teagmháil linn|"
    r"cysylltu â ni|harremanetarako|na kontaktoni|холбоо барих|დაგვიკავშირდით|ဆက်သွယ်ရန်|අප අමතන්න|"
    r"தொடர்புக்கு|సంప్రదించండి|ബന്ധപ്പെടുക|makipag-ugnayan|tuntube mu|xhumana nathi|kontak ons|"
    r"rólunk|despre noi|за нас|о нама|tietoa meistä|um okkur|amdanom ni|guri buruz|qui som|rreth nesh|біз туралы|"
    r"biz haqimizda|бидний тухай|ჩვენს შესახებ|մեր մասին|haqqımızda|អំពីយើង|ကျွန်ုပ်တို့အကြောင်း|අප ගැන|"
    r"எங்களைப் பற்றி|మా గురించి|ഞങ്ങളെക്കുറിച്ച്|ہمارے بارے میں|من نحن|درباره ما|אודות|เกี่ยวกับเรา|mengenai kami|"
    r"tungkol sa amin|game da mu|mayelana nathi|oor ons|"
    r"adatvédelem|confidențialitate|поверителност|приватност|privatnost|zasebnost|απόρρητο|tietosuoja|privaatsus|"
    r"privātums|privatumas|persónuvernd|príobháideachas|preifatrwydd|pribatutasuna|privadesa|privatësia|"
    r"құпиялылық|maxfiylik|нууцлал|კონფიდენციალურობა|գաղտնիություն|məxfilik|ឯកជនភាព|රහස්‍යතාව|"
    r"தனியுரிமைக் கொள்கை|గోప్యతా విధానం|സ്വകാര്യതാ നയം|গোপনীয়তা নীতি|رازداری کی پالیسی|פרטיות|dasar privasi|"
    r"sera ya faragha|patakaran sa privacy|privaatheidsbeleid|"
    r"logi sisse|pieslēgties|prisijungti|innskráning|logáil isteach|mewngofnodi|saioa hasi|нэвтрэх|შესვლა|"
    r"daxil ol|ဝင်ရောက်ရန်|පිවිසෙන්න|உள்நுழைக|లాగిన్|ലോഗിൻ|লগইন|لاگ ان|log masuk|teken in|"
    r"tlačiť|штампај|natisni|prindi|drukāt|spausdinti|prenta|priontáil|argraffu|inprimatu|printo|ბეჭდვა|տպել|"
    r"çap et|បោះពុម្ព|ပုံနှိပ်ရန်|මුද්‍රණය|அச்சிடு|ముద్రించు|പ്രിന്റ്|প্রিন্ট|پرنٹ|chapisha|i-print|phrinta|"
    r"nahoru|vissza a tetejére|înapoi sus|нагоре|на врх|na vrh|επιστροφή στην κορυφή|till toppen|til toppen|"
    r"takaisin ylös|tagasi üles|uz augšu|į viršų|efst á síðu|ar ais go barr|yn ôl i['’]r brig|torna amunt|"
    r"kthehu lart|yuqoriga|ზემოთ|yuxarı|ត្រឡប់ទៅលើ|အပေါ်သို့|ඉහළට|மேலே செல்ல|മുകളിലേക്ക്|ऊपर जाएं|উপরে যান|"
    r"اوپر جائیں|العودة إلى الأعلى|بازگشت به بالا|חזרה למעלה|lên đầu trang|กลับสู่ด้านบน|kembali ke atas|rudi juu|"
    r"bumalik sa itaas|buyela phezulu|terug na bo|"
    r"drucken|imprimer|imprimir|stampa|afdrukken|drukuj|yazdır|печать|"
    r"(?:zurück )?nach oben|retour en haut(?: de (?:la )?page)?|haut de page|volver arriba|ir arriba|"
    r"torna su|voltar ao topo|(?:terug )?naar boven|do góry|başa dön|наверх|"
    r"schließen|fermer|cerrar|chiudi|fechar|sluiten|zamknij|kapat|закрыть|mehr|más|meer|więcej|"
    r"(?:jetzt )?weiterlesen|lesen sie (?:jetzt )?weiter|continuer la lecture|lire la suite|"
    r"(?:continuar|seguir) leyendo|continua a leggere|lees verder|czytaj dalej|devamını oku|читать далее|"
    r"(?:auch|ebenfalls) interessant|empfehlungen (?:der redaktion|für sie)|weitere nachrichten|"
    r"mehr (?:aus|von) (?:(?:der|dem|den|die|das) )?(?-i:[A-ZÄÖÜ0-9][\w.&-]*)(?: (?-i:[A-ZÄÖÜ0-9&][\w.&-]*)){0,3}|"
    r"hazte (?:socio|suscriptor)|werden sie abonnent(?:in)?|"
    r"wird geladen|chargement(?: en cours)?|cargando|caricamento(?: in corso)?|carregando|ładowanie|"
    r"yükleniyor|загрузка|(?:hemen )?abone ol|"
    r"tags|topics|related topics|schlagworte|schlagwörter|themen|verwandte themen|mots-clés|étiquettes|"
    r"etiquetas|tópicos|trefwoorden|tagi|etiketler|теги|тэги|"
    r"aktuelle nachrichten|dernières (?:actualités|infos)|últimas noticias|ultime notizie|últimas notícias|"
    r"laatste nieuws|najnowsze|polecane|son dakika|son haberler|последние новости|"
    # Swedish, Danish, Norwegian, Finnish, Czech, Hungarian, Romanian, Greek, Ukrainian, Hebrew, Persian
    # and Thai: share, comments, subscribe, most read, home, contact, privacy
    r"dela artikeln|del (?:artiklen|artikkelen)|jaa artikkeli|sdílet článek|distribuie articolul|שתפו|แชร์|"
    r"kommentarer|kommentit|komentáře|hozzászólások|comentarii|σχόλια|коментарі|"
    r"prenumerera|abonnér|předplatné|előfizetés|abonează-te|підписатися|הירשמו|"
    r"mest (?:läst|lästa|læste|lest|leste)|luetuimmat|nejčtenější|legolvasottabb|cele mai citite|"
    r"(?:τα πιο )?δημοφιλή|найпопулярніше|הכי נקראים|پربازدیدترین|ยอดนิยม|"
    r"startsida|forsiden?|etusivu|titulní strana|címlap|acasă|αρχική|головна|דף הבית|صفحه اصلی|หน้าแรก|"
    r"kontakta oss|kontakt oss|ota yhteyttä|contactați-ne|контакти|צור קשר|تماس با ما|"
    r"ติดต่อเรา|integritetspolicy|privatlivspolitik|personvern|personvernerklæring|tietosuojaseloste|"
    r"ochrana osobních údajů|"
    r"adatvédelmi (?:nyilatkozat|tájékoztató)|politica de confidențialitate|πολιτική απορρήτου|"
    r"політика конфіденційності|מדיניות פרטיות|"
    r"حریم خصوصی|นโยบายความเป็นส่วนตัว|อ่านเพิ่มเติม|อ่านต่อ|"
    # Japanese, Chinese, Korean, Arabic, Hindi, Indonesian and Vietnamese: home, comments, back to
    # top, contact, policies, most read, share
    r"ホーム|ランキング|コメント(?:する|を書く|一覧)|トップへ戻る|ページ(?:の)?トップへ|お問い合わせ|プライバシーポリシー|利用規約|"
    r"この記事をシェアする|首页|返回顶部|分享到|评论|免责声明|隐私政策|联系我们|热门(?:文章|新闻)|"
    r"홈|댓글|맨 ?위로|개인정보(?:처리|취급)방침|이용약관|많이 본 (?:뉴스|기사)|기자의 다른 기사|광고(?:제휴)?문의|"
    r"보도(?:기사)?문의|기사제보|저작권규약|찾아오시는 ?길|"
    r"الرئيسية|تعليقات|سياسة الخصوصية|اتصل بنا|الأكثر قراءة|فائل فوٹو|شیئر کریں|"
    r"होम|टिप्पणी|टिप्पणियां|शेयर करें|गोपनीयता नीति|संपर्क करें|"
    r"beranda|komentar|kebijakan privasi|hubungi kami|terpopuler|"
    r"trang chủ|bình luận|chính sách bảo mật|liên hệ|đọc nhiều nhất|"
    r"\d+\s*(?:min(?:\.|uten|utos|uti|utes?)?|dk)\.?\s*(?:lesezeit|de lecture|de lectura|di lettura|de leitura|"
    r"leestijd|czytania|okuma(?: süresi)?|чтения)|"
    # a reading time or a clip's length alone: "7 Min.", "Lecture : 3 min.", "6 хв читання", "Dakika 3 za kusoma"
    r"(?:lecture\s*:?\s*)?\d{1,2}\s*(?:min|мин|хв)\.?(?:\s*(?:читання|чтения))?|dakika \d{1,2} za kusoma|"
    # comments and most read, alone, in more languages: Hungarian, Slovene, Estonian, Latvian, Lithuanian, Hindi,
    # Bengali, Urdu, Malay, Georgian, Armenian, Azerbaijani, Kazakh, Mongolian, Amharic, Icelandic, Irish, Welsh,
    # Basque, Albanian, Khmer, Burmese, Sinhala, Malayalam, Tamil, Telugu, Gujarati, Punjabi, Afrikaans, Hausa,
    # Zulu; "Lasītākie", "הנקראים ביותר", "ข่าวยอดนิยม", ... (not those that label a list of other stories,
    # LIST_LABEL, whose lines the list's own mark reads: "Najčítanejšie", "Më të lexuarat")
    r"kommentek|komentarji|kommentaarid|komentāri|komentarai|टिप्पणियाँ|মন্তব্য|تبصرے|komen|კომენტარები|"
    r"մեկնաբանություններ|şərhlər|пікірлер|сэтгэгдэл|አስተያየቶች|athugasemdir|tuairimí|sylwadau|iruzkinak|komente|"
    r"មតិយោបល់|မှတ်ချက်များ|අදහස්|അഭിപ്രായങ്ങൾ|கருத்துகள்|వ్యాఖ్యలు|ટિપ્પણીઓ|ਟਿੱਪਣੀਆਂ|kommentaar|sharhi|amazwana|"
    r"(?:comments?|kommentare|komentarze|commentaires|comentarios|commenti|comentários|reacties|yorumlar|"
    r"комментарии|bình luận|komentar|コメント|评论|댓글|تعليقات)\s*\(\d+\)|(?:show|load|view) (?:all )?comments|"
    r"zaloguj się|"
    # a comment count with what to do: "Kommentare (7) – Jetzt anmelden und mitdiskutieren", "Komentar (2) | Tulis
    # komentar Anda", "Diskuse k článku (23 příspěvků)"
    r"(?:comments?|kommentare|komentarze|commentaires|comentarios|commenti|comentários|reacties|yorumlar|"
    r"комментарии|komentar|diskuse(?: k článku)?|kommentarer|kommentit)\s*\(\d+(?: \w+)?\)"
    r"(?:\s*[|–—-]\s*[^.!?]{3,60})?|"
    # a reading time: "Temps de lecture : 3 min.", "2' di lettura", "Lesezeit: 3 Min."
    r"(?:temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|lesezeit|leestijd|czas czytania|"
    r"okuma süresi|время чтения|lästid|læsetid|lesetid|lukuaika|час читання|وقت القراءة|זמן קריאה|पढ़ने का समय|"
    r"waktu baca|thời gian đọc|読了時間|阅读时间|읽는 시간|doba čtení|olvasási idő|timp de citire|χρόνος ανάγνωσης|"
    r"време за четене|vrijeme čitanja|lectura)\s*[:：]?\s*\d+\s*"
    r"(?:['’′]|min\.?|minutes?|minuti|minutos|minuten|minut[ay]?|dk\.?|"
    r"мин\.?|хвилин[аи]?|دقائق|دقيقة|דקות|मिनट|menit|phút|分(?:钟)?|분|perc|minute|λεπτά|минути)|"
    r"\d+['’] di lettura|อ่าน\s*\d+\s*นาที|"
    # was it useful: "War dieser Artikel hilfreich? Ja | Nein"
    r"(?:war dieser artikel hilfreich|cet article vous a-t-il été utile|¿te ha resultado útil|was this article helpful|"
    r"questo articolo ti è stato utile)\s*\?(?:\s*(?:ja|nein|oui|non|sí|no|yes|sì)\b\s*[|/]?\s*){0,2}|"
    # comments in more languages: "Comentar", "댓글 3", "أضف تعليقك", "Réagissez à cet article — 3 réactions"
    r"comentar|comente|commenta|댓글 \d+|أضف تعليق(?:ك|ا)?|"
    r"réagi(?:ssez|r)(?: à cet article)?(?:\s*[—–-]\s*\d+ réactions?)?|\d+ réactions?|"
    # other stories' lists under their label: "Sur le même sujet", "Más noticias", "Berita Lainnya"
    r"sur le même sujet|dans la même rubrique|más noticias|otras noticias|potrebbe interessarti(?: anche)?|"
    r"altre notizie|mais notícias|outras notícias|meer over dit onderwerp|ander nieuws|"
    r"другие новости|ещё новости|berita lainnya|berita terkait|tin cùng chuyên mục|tin liên quan|"
    r"新着記事|热门推荐|相关新闻|이 시각 주요뉴스|주요뉴스|관련 뉴스|أخبار ذات صلة|"
    r"more on this story|more in [\w&' -]{2,30}|"
    r"アクセスランキング|おすすめ記事|公式SNS|会社案内|採用情報|広告掲載|よくある質問|購読のお申し込み|ログイン|"
    r"会員登録(?:（無料）)?|关于我们|广告服务|招聘信息|常见问题|登录|注册|로그인|회원가입|회사소개|광고문의|"
    r"(?:lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|"
    r"czas czytania|okuma süresi|время чтения)\s*:?\s*(?:ca\.\s*)?\d+\s*\w{0,10}|"
    # advertising slots left in the text
    r"advertisements?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reklame|"
    r"sponsored(?: content)?|ad|qc|contenuto sponsorizzato|contenido patrocinado|conteúdo patrocinado|"
    r"contenu sponsorisé|gesponsord|gesponserter? inhalt|materiał (?:promocyjny|sponsorowany)|"
    r"artykuł sponsorowany|reklam alanı|continua (?:após a|depois da) publicidade|spons(?:or|ored) links?|"
    r"διαφημιση|διαφήμιση|pr|premium|plus-artikel|abo|"
    r"スポンサーリンク|推广|إعلانات|"
    r"iklan|quảng cáo|annons|annonse|annonce|reklama|διαφήμιση|реклама|publicitate|hirdetés|mainos|reklam|"
    r"פרסומת|إعلان|تبلیغات|広告|广告|광고|publicitat|oglas|оглас|tangazo|matangazo|patalastas|"
    # ... of more languages: Burmese, Amharic, Georgian, Armenian, Kazakh, Mongolian, Sinhala, Hausa, Yoruba,
    # Zulu, Icelandic, Irish, Welsh, Basque, Albanian, Khmer, Lao, Afrikaans, Romanian, Gujarati, Punjabi
    r"ကြော်ငြာ|ማስታወቂያ|რეკლამა|գովազդ|жарнама|сурталчилгаа|දැන්වීම|talla|ìpolówó|isikhangiso|auglýsing|fógra|"
    r"hysbyseb|iragarkia|reklamë|ពាណិជ្ជកម្ម|ໂຄສະນາ|advertensie|reklamă|જાહેરાત|ਇਸ਼ਤਿਹਾਰ|"
    # the story goes on under the advert: "Článok pokračuje pod reklamou", "Der Artikel wird unter der Werbung
    # fortgesetzt", "L'article continue sous la publicité"
    r"(?:článok|článek) pokračuje (?:pod|za) (?:video )?reklamou|artykuł (?:jest )?kontynuowany poniżej|"
    r"(?:der )?artikel (?:wird )?(?:unter|nach) der (?:werbung|anzeige) (?:fortgesetzt|weiter)|"
    r"l'article (?:continue|se poursuit) (?:sous|après) (?:la|cette) publicité|"
    r"(?:el )?artículo continúa (?:después|debajo) de(?:l| la) (?:anuncio|publicidad)|"
    r"story continues below(?: advertisement)?|continue reading(?: below| the main story)?|scroll to continue"
    r"(?: with content)?|skip advertisement|supported by|"
    # a reader's tools: "Listen to this article", "3 min read", "Gift this article", "Save to your list"; of more
    # sites and languages: "A+ A A-", "Escuchar esta nota", "Read 87 replies", "Час читання: 3 хв", and the
    # label Postmedia's sites leave between a story's paragraphs, "Article content"
    r"a\+\s*a\s*a-|a-\s*a\s*a\+|escuchar (?:esta )?(?:nota|noticia)|ouvir (?:esta )?(?:notícia|matéria)|"
    r"read \d+ (?:replies|comments)|час читання\s*:?\s*\d+\s*\w{0,5}|article content|"
    r"listen(?: to this (?:article|story))?(?: \d+ min)?|\d+ min(?:ute)?s? (?:read|listen)|"
    r"reading time:? \d+ min(?:ute)?s?(?: read)?|gift this article|save (?:to your list|this (?:article|story)|"
    r"for later)|open this photo in gallery|"
    # a player's or a gallery's controls: "Click to expand", "Toggle caption", "Image 1 of 5"
    r"(?:click|tap) (?:here )?to (?:expand|enlarge|zoom|view larger(?: image)?)|(?:toggle|hide|show) caption|"
    r"enlarge this image|(?:view|open|see) (?:the )?(?:full )?(?:gallery|slideshow|all photos)|"
    r"(?:play|watch) (?:the )?video|replay|full ?screen|close|next|previous|prev|back|expand|collapse|"
    # links and calls to act: "See All", "Learn More", "Watch Now", "Top Stories", "Editor's Picks",
    # "Featured Video", "Subscribe to Newsletter", "Print this page", "Подписка на рассылку"
    r"(?:view|see|show) all(?: (?:results|stories|articles|news|posts|videos|photos|comments))?|learn more|"
    r"find out more|(?:watch|listen|play|read|shop|buy) now|top (?:stories|news|headlines)|"
    r"editor(?:['’]?s|s['’]) (?:picks?|choice)|featured(?: (?:videos?|stories|articles|posts|content))?|"
    r"hide comments|sort by|(?:print|e-?mail) this (?:page|article|story|post)|"
    r"subscribe to (?:our |the )?newsletters?|(?:free )?newsletter sign-?up|подписка на (?:рассылку|новости)|"
    # comments and sharing in more languages: "التعليقات", "תגובות", "ความคิดเห็น", "Partager cet article" (not
    # "コメント", which heads a story's quotes: "＜コメント＞")
    r"التعليقات|תגובות|ความคิดเห็น|komentáre|коментари|komentari|maoni|mga komento|comentaris|"
    r"partager cet article|साझा करें|сподели|ibahagi|"
    # signing in and a consent banner's buttons in more languages: "Se connecter", "Войти", "Đăng nhập",
    # "Accetta tutto", "Принять все", "Hyväksy kaikki"
    r"se connecter|entrar|войти|увійти|giriş yap|تسجيل الدخول|התחברות|लॉग इन|masuk|đăng nhập|เข้าสู่ระบบ|"
    r"logga in|log ind|logg inn|kirjaudu(?: sisään)?|přihlásit(?: se)?|prihlásiť(?: sa)?|bejelentkezés|"
    r"autentificare|σύνδεση|вход|prijava|ingia|mag-log in|inicia la sessió|"
    r"accetta tutto|alles accepteren|akceptuję|принять все|прийняти все|tümünü kabul et|قبول الكل|chấp nhận|"
    r"godkänn alla|accepter alle|godta alle|hyväksy kaikki|přijmout vše|prijať všetko|elfogadom|"
    r"accept(?:ă)? toate|αποδοχή όλων|приемам|prihvati sve|accepta-ho tot|"
    # a reader's tools in more languages: listening to the story, printing or mailing it, the site's app, a
    # mistake to report ("Artikel anhören", "Tulosta", "Pobierz naszą aplikację", "Signaler une erreur")
    r"artikel anhören|écouter (?:cet |l')article|escuchar (?:este|el) artículo|ascolta(?: l['’])? ?articolo|"
    r"ouvir (?:este|o) artigo|beluister dit artikel|posłuchaj artykułu|прослушать статью|послухати статтю|"
    r"haberi dinle|استمع إلى المقال|האזינו לכתבה|इस खबर को सुनें|dengarkan artikel ini|nghe bài viết|ฟังบทความ|"
    r"この記事を聞く|收听本文|기사 듣기|lyssna på artikeln|lyt til artiklen|lytt til artikkelen|kuuntele artikkeli|"
    r"poslechněte si článek|hallgassa meg a cikket|ascultă articolul|ακούστε το άρθρο|чуйте статията|"
    r"poslušajte članak|"
    r"envoyer par e-?mail|enviar por (?:correo|e-?mail)|invia per e-?mail|mailen|wyślij e-?mail|"
    r"отправить по почте|друк|طباعة|הדפסה|प्रिंट|cetak|in bài viết|พิมพ์|印刷|打印|인쇄|skriv ut|udskriv|tulosta|"
    r"tisk|nyomtatás|printează|εκτύπωση|печат|ispis|"
    r"pobierz (?:naszą )?aplikację|скачайте (?:наше )?приложение|завантажте (?:наш )?застосунок|حمّل تطبيقنا|"
    r"הורידו את האפליקציה|unduh aplikasi(?: kami)?|tải ứng dụng(?: của chúng tôi)?|ดาวน์โหลดแอป|アプリをダウンロード|"
    r"下载(?:我们的)?(?:应用|客户端)|앱 다운로드|ladda ner (?:vår )?app(?:en)?|hent (?:vores )?app(?:en)?|"
    r"last ned appen(?: vår)?|lataa sovellu\w*|stáhněte si (?:naši )?aplikaci|töltse le (?:az )?alkalmazás(?:unkat)?|"
    r"descarcă aplicația(?: noastră)?|κατεβάστε την εφαρμογή(?: μας)?|изтеглете (?:нашето )?приложение|"
    r"preuzmite (?:našu )?aplikaciju|"
    r"fehler melden|signaler une erreur|reportar (?:un )?error|segnala(?:re)? un errore|reportar erro|"
    r"meld een fout|zgłoś błąd|сообщить об ошибке|повідомити про помилку|hata bildir|الإبلاغ عن خطأ|"
    r"דווחו על טעות|गलती की रिपोर्ट करें|laporkan kesalahan|báo lỗi|แจ้งข้อผิดพลาด|誤りを報告|报告错误|오류 신고|"
    r"rapportera fel|rapportér en fejl|rapporter feil|ilmoita virheestä|nahlásit chybu|hiba bejelentése|"
    r"raportează o eroare|αναφορά σφάλματος|съобщете за грешка|prijavi grešku|"
    # comments closed, or none yet: "Comments are closed.", "Soyez le premier à commenter", "抢沙发"
    r"comments are (?:now )?closed(?: (?:for|on) this (?:story|article|post))?|"
    r"kommentare sind geschlossen|schreiben sie den ersten kommentar|"
    r"les commentaires sont fermés|los comentarios están cerrados|i commenti sono chiusi|commenta per primo|"
    r"os comentários estão fechados|reacties zijn gesloten|wees de eerste die reageert|komentarze są wyłączone|"
    r"комментарии закрыты|коментарі закрито|ilk yorumu (?:sen )?yap|التعليقات مغلقة|היו הראשונים להגיב|"
    r"पहली टिप्पणी करें|แสดงความคิดเห็นเป็นคนแรก|最初のコメントを書く|抢沙发|첫 댓글을 남겨주세요|"
    r"kommentarerna är stängda|bliv den første til at kommentere|vær den første til å kommentere|"
    r"kommentointi on suljettu|komentáře jsou uzavřeny|legyen az első hozzászóló|fii primul care comentează|"
    r"τα σχόλια είναι κλειστά|бъдете първият коментирал|budite prvi koji će komentirati|"
    # a live story's label: "LIVE", "Live-Ticker", "En direct", "Na żywo", "Canlı", "Trực tiếp"
    r"live(?: updates| blog|-ticker|ticker|blog|-blog)?|en direct|en vivo|in diretta|ao vivo|na żywo|"
    r"онлайн-трансляция|наживо|canlı|مباشر|שידור חי|लाइव|trực tiếp|ライブ|直播|라이브|suorana|živě|élő|"
    r"în direct|ζωντανά|на живо|uživo|"
    # a newsletter form's fields and answers: "Email address", "Entrez votre adresse e-mail", "Thanks for signing up!"
    r"(?:your )?e-?mail address|invalid e-?mail(?: address)?|thanks? (?:you )?for (?:signing up|subscribing)|"
    r"you(?:['’]re| are| have been) (?:now )?(?:signed up|subscribed)|(?:ihre )?e-mail-adresse(?: eingeben)?|"
    r"(?:entrez )?votre adresse e-?mail|(?:introduce )?tu (?:correo electrónico|e-?mail)|"
    r"(?:inserisci )?il tuo indirizzo e-?mail|(?:digite )?seu e-?mail|je e-?mailadres|twój adres e-?mail|"
    r"(?:введите )?ваш (?:email|e-mail|имейл)|e-posta adresiniz|بريدك الإلكتروني|כתובת המייל שלך|आपका ईमेल|"
    r"alamat email anda|email của bạn|อีเมลของคุณ|メールアドレスを入力(?:してください)?|输入您的邮箱|"
    r"이메일 주소를 입력하세요|din e-?postadress|din e-?mailadresse|sähköpostiosoitteesi|váš e-?mail|"
    r"az ön e-?mail címe|adresa ta de e-?mail|το email σας|вашият имейл|vaša e-?mail adresa|"
    # sponsored content's label and a gallery's, alone on their line: "Gesponsert", "Партнерский материал",
    # "Bildergalerie", "フォトギャラリー"
    r"gesponsert|sponsorisé|patrocinado|sponsorizzato|sponsorowane|(?:спонсорский|партнерский|партнёрский) "
    r"материал|sponsorlu|ممول|ממומן|प्रायोजित|disponsori|được tài trợ|ได้รับการสนับสนุน|スポンサー|赞助|스폰서|"
    r"sponsrad|sponsoreret|sponset|sponsoroitu|sponzorováno|szponzorált|sponsorizat|χορηγούμενο|спонсорирано|"
    r"sponzorirano|photo gallery|bildergalerie|galerie photos?|galería de fotos|galleria fotografica|"
    r"galeria de fotos|fotogalerij|galeria zdjęć|фотогалерея|fotoğraf galerisi|معرض الصور|गैलरी|फोटो गैलरी|"
    r"galeri foto|thư viện ảnh|แกลเลอรี่|フォトギャラリー|图集|포토 ?갤러리|bildspel|billedgalleri|bildegalleri|"
    r"kuvagalleria|fotogalerie|fotógaléria|galerie foto|фотогалерия|"
    # the story goes on under the advert, in more languages: "L'articolo continua dopo la pubblicità", "Artikeln
    # fortsätter nedan", "記事の続きは下にあります", "Статья продолжается ниже"
    r"l['’]articolo continua (?:dopo|sotto) (?:la|il) (?:pubblicità|banner)|o artigo continua (?:após a|depois da) "
    r"publicidade|het artikel gaat (?:verder|door) (?:onder|na) de advertentie|статья продолжается ниже|"
    r"статтю продовжено нижче|haberin devamı aşağıda|يتبع المقال أدناه|הכתבה נמשכת (?:אחרי |מתחת ל)הפרסומת|"
    r"खबर जारी है|artikel berlanjut di bawah(?: ini)?|bài viết tiếp tục (?:bên )?dưới|บทความต่อด้านล่าง|"
    r"記事の続きは下にあります|文章继续|기사 계속|artikeln fortsätter (?:nedan|(?:under|efter) annonsen)|"
    r"artiklen fortsætter (?:nedenfor|(?:under|efter) annoncen)|"
    r"(?:artikkelen|saken) fortsetter (?:nedenfor|(?:under|etter) annonsen)|"
    r"artikkel jätkub (?:pärast reklaami|reklaami all)|raksts turpinās (?:pēc|zem) reklāmas|"
    r"straipsnis tęsiamas (?:po reklamos|žemiau)|"
    r"juttu jatkuu mainoksen (?:jälkeen|alla)|a cikk a hirdetés után folytatódik|articolul continuă după reclamă|"
    r"το άρθρο συνεχίζεται (?:κάτω από|μετά) τη διαφήμιση|статията продължава под рекламата|"
    r"članak se nastavlja ispod oglasa|(?:lesen sie )?weiter(?:lesen)? (?:unter|nach) der anzeige|"
    # the author's other stories: "View all posts by Jane Example", "Alle Artikel von ...", "Все материалы автора"
    rf"(?:view )?(?:all|more) (?:posts|articles|stories) (?:by|from) {_AUTHOR_NAME}|alle artikel von {_AUTHOR_NAME}|"
    rf"(?:tous les|plus d['’]) ?articles de {_AUTHOR_NAME}|(?:más|todos los) artículos de {_AUTHOR_NAME}|"
    rf"(?:altri|tutti gli) articoli di {_AUTHOR_NAME}|mais artigos de {_AUTHOR_NAME}|"
    rf"(?:fler artiklar|flere artikler) a[fv] {_AUTHOR_NAME}|alte articole de {_AUTHOR_NAME}|"
    # a site's footer and tools, alone on their lines: "Accessibility Statement", "Clarifications and
    # Corrections", "Customer Service", "Print Options", "Download as PDF", "Read this next", "E-Edition"
    r"accessibility (?:statement|help)|clarifications (?:and|&) corrections|corrections policy|"
    r"footer menu|e-?edition|print options|"
    r"print this (?:article|page|story)|printer[- ]friendly(?: version)?|download (?:as )?pdf|"
    r"retweet(?: this(?: article| story| post)?)?|read this next|you (?:may|might) also (?:like|enjoy)|"
    r"zurück zur übersicht|"
    r"back to (?:overview|(?:all )?(?:news|articles|stories))|"
    r"retour à la liste|volver al listado|"
    r"więcej od autora|wszystkie artykuły autora|(?:все|другие) материалы автора|всі матеріали автора|"
    r"yazarın diğer yazıları|مقالات أخرى للكاتب|लेखक के अन्य लेख|artikel lain dari penulis|bài viết cùng tác giả|"
    r"บทความอื่นของผู้เขียน|この記者の記事|作者其他文章|lisää kirjoittajalta|další články autora|"
    r"további cikkek a szerzőtől|περισσότερα από τον συντάκτη|още от автора|više od autora"
)
_FURNITURE_LABELS: Lines = LabelLines(_FURNITURE, _FLAGS)
# The labels that announce a list of other stories ("Related stories", "Sur le même sujet", "Más noticias",
# "Tin cùng chuyên mục", "이 시각 주요뉴스"): the short lines under one are those stories' headlines.
LIST_LABEL = re.compile(
    rf"^\W*(?:{_RELATED_POSTS}|"
    r"related(?: \w+)?|more (?:news|stories|from\b.*|on this (?:topic|story))|most (?:read|popular|viewed)|"
    r"(?:also )?in the news|top stories|latest(?: news| stories)?|trending(?: now)?|recommended(?: for you)?|"
    r"read (?:more|next|also)|you (?:may|might) also like|more on this story|more in [\w&' -]{2,30}|"
    r"(?:a|à) lire aussi|leia também|přečtěte si (?:také|též)|okumadan geçme|"
    r"sur le même sujet|dans la même rubrique|(?:à )?lire aussi|les plus lus|"
    r"más noticias|otras noticias|lo más (?:leído|visto)|noticias relacionadas|te puede interesar|"
    r"potrebbe interessarti(?: anche)?|altre notizie|i più letti|leggi anche|"
    r"mais notícias|outras notícias|leia (?:também|mais)|veja também|mais lid[ao]s|"
    r"meer over dit onderwerp|ander nieuws|meest gelezen|lees (?:ook|meer)|"
    r"mehr zum thema|weitere (?:artikel|nachrichten)|meistgelesen(?:e artikel)?|lesen sie auch|"
    r"das könnte sie auch interessieren|czytaj (?:też|także|więcej)|polecamy|najczęściej czytane|"
    r"zobacz (?:też|także)|другие новости|ещё новости|читайте также|самое (?:читаемое|популярное)|"
    r"похожие (?:новости|статьи)|ilgili haberler|(?:bunlar da )?ilginizi çekebilir|son haberler|"
    r"berita (?:lainnya|terkait)|baca juga|terpopuler|tin (?:cùng chuyên mục|liên quan)|xem thêm|"
    r"đọc nhiều nhất|新着記事|関連記事|関連ニュース|アクセスランキング|热门推荐|相关新闻|相关阅读|推荐阅读|"
    r"이 시각 주요뉴스|(?:\w+ )?주요뉴스|관련 ?기사|관련 뉴스|많이 본 뉴스|أخبار ذات صلة|اقرأ أيض[اًً]+|الأكثر قراءة|"
    # more languages and phrasings: "Artikel zum Thema", "À découvrir", "Новини за темою", "延伸閱讀"
    r"recommended (?:stories|articles|reading)|more (?:[\w'’-]+ ){1,2}(?:news|stories)|"
    r"artikel zum thema|ähnliche artikel|das könnte sie (?:auch )?interessieren|mehr (?:aus|von|zu) [\w .&-]{2,30}|"
    r"à découvrir|à voir aussi|articles? (?:liés|similaires|associés)|"
    r"(?:también )?te (?:puede|podría) interesar|notas relacionadas|"
    r"ti potrebbe interessare|articoli correlati|notícias relacionadas|"
    r"meer over [\w -]{2,30}|gerelateerde artikelen|powiązane artykuły|"
    r"новости (?:партн[её]ров|по теме)|по теме|популярное|вам может быть интересно|"
    r"новини за темою|популярне|схожі новини|більше новин|читайте також|"
    r"benzer haberler|en çok okunanlar?|مواضيع ذات صلة|أخبار متعلقة|"
    r"اخبار مرتبط|مطالب مرتبط|پیشنهاد سردبیر|پربازدیدترین|כתבות (?:נוספות|קשורות)|עוד ב[\w\"״ -]{1,20}|"
    r"ताज़?ा ख़?बरें|(?:\S+ ){0,3}(?:की )?और ख़?बरें|संबंधित ख़?बरें|ये भी पढ़ें|यह भी पढ़ें|"
    r"tin mới nhất|đọc thêm|ข่าวล่าสุด|ข่าวที่น่าสนใจ|ข่าวที่เกี่ยวข้อง|"
    r"こちらもおすすめ|おすすめ記事|人気記事|延伸[閱阅]讀|延伸阅读|相關新聞|熱門新聞|热门新闻|更多新[聞闻]|相关报道|"
    r"추천 기사|läs också|mest lästa?|fler nyheter|související články|čtěte (?:také|též)|nejčtenější|"
    r"kapcsolódó (?:cikkek|hírek)|ajánljuk(?: még)?|legolvasottabb|mer från [\w ]{2,30}|meer uit [\w -]{2,30}|"
    r"relaterade artiklar|"
    r"plus sur (?:le|ce) sujet|sur le même thème|más noticias de [\w ]{2,30}|alte (?:opinii|știri|articole)|"
    r"ezeket olvasta már\??|δείτε επίσης|δειτε επισης|δημοφιλή|δημοφιλη|περισσότερα|další (?:zprávy|články)|"
    r"вам також може сподобатися|вам также может (?:быть интересно|понравиться)|"
    r"अन्य ख़?बरें|"
    r"главное|последние новости|останні новини|головне|[\w ]{2,20} haberleri|সম্পর্কিত খবর|আরও পড়ুন|আরও খবর|"
    r"artikel berkaitan|berita berkaitan|บทความที่เกี่ยวข้อง|notícies relacionades|povezane vijesti|"
    r"povezani članci|súvisiace články|súvisiace správy|habari (?:zinazohusiana|nyingine)|kaugnay na balita|"
    r"iba pang balita|meer nieuws(?: uit| over)? [\w -]{2,30}|новини по темі|پربازدیدترین(?:\u200cها| ها)?|"
    r"עוד (?:טורים|כתבות|חדשות)|(?:이 기사와 함께 )?많이 본 (?:뉴스|기사)|"
    # Latvian, Lithuanian, Estonian, Slovenian, Bulgarian, Serbian, Romanian, Albanian, Danish, Norwegian,
    # Urdu: "Saistītie raksti", "Susiję straipsniai", "Seotud artiklid", "Свързани новини", "متعلقہ خبریں"
    r"saistītie raksti|saistītās ziņas|populārākie|jaunākās ziņas|susiję straipsniai|daugiau naujienų|"
    r"populiariausi|seotud artiklid|seotud uudised|loetumad|sorodni članki|sorodne novice|najbolj brano|"
    r"свързани (?:новини|статии)|още новини|най-четени|повезане вести|најчитаније|povezane vesti|najčitanije|"
    r"articole similare|știri similare|lajme të ngjashme|më të lexuarat|relaterede artikler|relaterte artikler|"
    # more languages' labels of other stories' lists: "Popular now", "Da non perdere", "Luetuimmat", "Soma pia"
    r"editor['’]?s picks|don['’]t miss|in other news|up next|what to read next|popular now|"
    r"auch interessant|neueste artikel|top-themen|empfehlungen der redaktion|les plus partagés|"
    r"(?:nos )?dernières actualités|les articles les plus lus|últimas noticias|te recomendamos|"
    r"lo último|últimas notícias|você pode gostar|recomendados para você|ultime notizie|più letti|"
    r"da non perdere|laatste nieuws|ook interessant|aanbevolen|najnowsze|więcej z kategorii|"
    r"рекомендуем|главное за день|найпопулярніше|інші новини|рекомендуємо|çok okunanlar|öne çıkanlar|"
    r"آخر الأخبار|الأكثر مشاهدة|قد يعجبك أيضا|بیشتر بخوانید|آخرین اخبار|הכי נקראים|מומלצים|"
    r"सबसे ज्यादा पढ़ी गई|लेटेस्ट न्यूज़|और पढ़ें|terkini|paling banyak dibaca|rekomendasi|"
    r"có thể bạn quan tâm|ยอดนิยม|อ่านเพิ่มเติม|ข่าวแนะนำ|(?:合わせて|あわせて)読みたい|最新新闻|猜你喜欢|"
    r"최신 기사|인기 기사|"
    # related and latest stories' labels of less common languages: "Tengdar fréttir", "Erthyglau cysylltiedig",
    # "მსგავსი სიახლეები", "Najnovije vijesti", "Newyddion diweddaraf", "ព័ត៌មានពាក់ព័ន្ធ"
    r"verwandte artikel|artículos relacionados|povezane novice|தொடர்புடைய செய்திகள்|సంబంధిత వార్తలు|"
    r"tengdar fréttir|erthyglau cysylltiedig|lotutako albisteak|articles relacionats|поврзани вести|"
    r"қатысты жаңалықтар|тематик мэдээ|მსგავსი სიახლეები|առնչվող նորություններ|əlaqəli xəbərlər|"
    r"tegishli yangiliklar|ព័ត៌មានពាក់ព័ន្ធ|ဆက်စပ်သတင်းများ|ආශ්‍රිත පුවත්|ബന്ധപ്പെട്ട വാർത്തകൾ|संबंधित बातम्या|"
    r"સંબંધિત સમાચાર|ਸਬੰਧਤ ਖ਼ਬਰਾਂ|labarai masu alaƙa|verwante artikels|plus d['’]actualités|najnovije vijesti|"
    r"najnovšie správy|legfrissebb hírek|viimased uudised|naujausios žinios|nýjustu fréttir|newyddion diweddaraf|"
    r"azken albisteak|darreres notícies|lajmet e fundit|најнови вести|соңғы жаңалықтар|сүүлийн мэдээ|"
    r"ბოლო სიახლეები|վերջին լուրեր|son xəbərlər|so[ʻ'‘]nggi yangiliklar|ព័ត៌មានថ្មីៗ|နောက်ဆုံးရသတင်း|නවතම පුවත්|"
    r"ഏറ്റവും പുതിയ വാർത്തകൾ|ताज्या बातम्या|તાજા સમાચાર|ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ|habari mpya|labarai na baya-bayan nan|"
    r"iindaba zakamuva|nuutste nuus|"
    # more phrasings of the most read and the related: "Najpopularniejsze", "Τα πιο διαβασμένα", "Más leídas"
    r"найпопулярніші (?:новини|статті|матеріали)|مقبول ترین|熱門文章|सम्बंधित ख़?बरें|함께 보면 좋은 기사|"
    r"en çok okunan haberler|mest lesne|mest læst|luetuimmat uutiset|najpopularniejsze|nejčtenější články|"
    r"legnépszerűbb(?: cikkek| hírek)?|cele mai citite (?:știri|articole)|τα πιο (?:διαβασμένα|δημοφιλή)|"
    r"(?:las )?más leídas|(?:die )?meistgelesenen(?: artikel)?|les plus consultés|"
    # ... and the most read ("Lasītākie", "Mest lesið", "ყველაზე კითხვადი", "ข่าวยอดนิยม")
    r"loetuimad|lasītākie|skaitomiausi|הנקראים ביותר|سب سے زیادہ پڑھی گئی|"
    r"paling popular|ข่าวยอดนิยม|排行榜|zilizosomwa zaidi|pinakabinasa|ყველაზე კითხვადი|ամենաընթերցված|"
    r"ən çox oxunan|көп оқылған|их уншсан|በብዛት የተነበቡ|mest lesið|is mó léite|mwyaf poblogaidd|irakurrienak|"
    r"o máis lido|најчитани|धेरै पढिएको|වැඩියෙන්ම කියවූ|ഏറ്റവും കൂടുതൽ വായിച്ചത്|"
    r"அதிகம் படித்தவை|ఎక్కువగా చదివినవి|सर्वाधिक वाचलेले|સૌથી વધુ વંચાયેલા|ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ|mees gelees|"
    r"함께 볼만한 뉴스|senaste nytt|luetuimmat|lue myös|uusimmat|aiheeseen liittyvät|suosituimmat|"
    r"nejnovější|najčítanejšie|najnovšie|ezt olvasta már\??|legfrissebb|ajánljuk|"
    # "Vezane vijesti", "Citas ziņas", "Le notizie più lette", "Більше новин громади"
    r"vezane vijesti|ostale vijesti|još vijesti|citas ziņas|vēl ziņas|(?:le )?notizie più lette|"
    r"більше новин(?: [\w'’-]+){1,2}|ещё новости(?: [\w-]+){1,2}|"
    r"cele mai citite|citește și|ultimele știri|τα πιο δημοφιλή|διαβάστε επίσης|τελευταία νέα|"
    r"последни новини|najnovije|soma pia|habari zaidi|"
    r"pinakabagong balita|llegiu també|el més llegit|"
    # Danish and Norwegian: "Mest læste", "Seneste nyt", "Siste nytt"
    r"mest (?:læste|leste|lest|delte)|seneste (?:nyt|nyheder)|siste (?:nytt|nyheter)|flere nyheder|flere saker|"
    r"متعلقہ خبریں|مزید خبریں|"
    # a read-also label alone on its line, over the headlines it announces ("Les også", "Prečítajte si tiež",
    # "Още по темата:", "Mer fra Nyheter"); Greek capitals drop their accents ("ΣΧΕΤΙΚΑ ΑΡΘΡΑ")
    r"l[æe]s også|se også|mer fra [\w ]{2,30}(?=\s*$)|flere nyheter|relaterte saker|prečítajte si (?:aj|tiež)|"
    r"čítajte (?:aj|tiež)|další články(?: z rubriky)?|kapcsolódó|още по темата|pročitajte (?:i|još|također)|"
    r"прочитајте (?:и|још)|прочетете (?:още|също)|preberite (?:tudi|še)|lasi(?:et)? arī|"
    r"skaitykite (?:taip pat|dar)|loe (?:ka|lisaks)|citiți și|citeste si|σχετικα αρθρα|διαβαστε επισης|"
    r"le[eé] también|lea también|ver también|voir aussi|läs mer|læs mere|lue lisää|lesen sie mehr|olvass?a el|"
    r"olvasd el|karanta kuma|taip pat skaitykite|llegeix(?:i)? també|soma zaidi|lexo (?:edhe|gjithashtu)|"
    r"basahin (?:din|rin)|mga kaugnay na balita|(?:bunu da|ayrıca) okuyun|ezt is ajánljuk|also read|"
    r"усі новини|все новости|یہ بھی پڑھیں|مزید پڑھیں|קרא(?:ו)? (?:עוד|גם)|সর্বাধিক পঠিত|(?:\S+ ){0,2}আরও খবর|"
    r"看更多|ព័ត៌មានទាក់ទង)"
    r"\s*[:：»›>|-]?\s*$",
    _FLAGS,
)
# "More" and one word, a section's name: "Meer wielrennen", "Mehr Sport", "Plus de sport", "Další komentáře"; a
# story's sub-heading reads the same ("Mehr Sicherheit", "Más controles"), so only under the story's prose does it
# announce other stories (clean.core._mark_story_lists)
MORE_OF_SECTION = re.compile(
    r"^\W*(?:(?:more|meer|mehr|más|mais|altri|altre|więcej|další|ďalšie|további|flere|fler|lisää|още|ещё|еще|більше|"
    r"viac|više|mai multe)\s+|plus d(?:e\s+|['’]))[^\W\d_]{3,20}\s*[:：»›>|-]?\s*$",
    _FLAGS,
)
# A label alone on its line over a story's tags, one a line under it ("Tags:", "Schlagworte", "Từ khóa:",
# "برچسب‌ها:", "टॉपिक्स:", "แท็กที่เกี่ยวข้อง", "関連キーワード").
TAG_LABEL = re.compile(
    r"^\W*(?:tags?|tagged(?: with)?|topics|related topics|keywords|schlagw(?:orte|örter)|stichw(?:orte|örter)|"
    r"themen|mots[- ]clés|étiquettes|sujets|etiquetas|palabras clave|temas(?: relacionados)?|argomenti|"
    r"parole chiave|temi|tópicos|assuntos|palavras-chave|trefwoorden|onderwerpen|tagi|tematy|słowa kluczowe|"
    r"теги|тэги|метки|темы|теми|ключові слова|ключевые слова|etiketler|konular|anahtar kelimeler|"
    r"الكلمات (?:المفتاحية|الدالة)|الوسوم|وسوم|برچسب(?:\u200c| )?ها|کلیدواژه(?:\u200c| )?ها|תגיות|"
    r"टॉपिक्स|टैग्स?|tag terkait|kata kunci|topik|từ khóa|chủ đề|thẻ|แท็ก(?:ที่เกี่ยวข้อง)?|คำค้น|"
    r"タグ|キーワード|関連キーワード|关键词|关键字|标签|相关标签|標籤|關鍵字|태그|키워드|관련 태그|ετικέτες|"
    r"ämnen|taggar|emner|aiheet|štítky|témata|címkék|etichete|tagovi|oznake|etiquetes|mada|meer over|"
    r"značky|kľúčové slová|avainsanat|етикети|mga tag|टैग|lebo|"
    # of more languages: "Märksõnad", "Žymės", "Tagiau", "თეგები", "Պիտակներ", "ស្លាក", "ٹیگز"
    r"märksõnad|birkas|žymės|merki|tagiau|etiketak|etiketa|თეგები|պիտակներ|teqlər|тегтер|шошго|መለያዎች|ស្លាក|"
    r"टॅग्स|ટૅગ્સ|ਟੈਗ|ট্যাগ|ٹیگز|vitambulisho|мітки|tagy|тагове|ознаки|etikette|clibeanna)"
    r"\s*[:：]?\s*$",
    _FLAGS,
)
# Short labels of site furniture: menus, account links, legal links, comment forms, section names.
# A blog post's filing line, its label and then its sections or tags ("Posted in Local News",
# "Schlagworte: Hafen, Bagger"): the match ends at the first character of what it files the post under.
FILING_LINE = re.compile(
    r"^(?:(?:posted in|filed under|tagged(?: with)?|tags|categories|category|tag-uri)\b:?\s+|"
    r"(?:schlagworte|schlagwörter|mots-clés|étiquettes|etiquetas|trefwoorden|tagi|etiketler|теги|тэги|"
    r"етикети|теме|теми|oznake|tagovi|značky|sildid|märksõnad|žymos|birkas|tunnisteet|stikkord|emneord|"
    r"palavras-chave|الكلمات المفتاحية|từ khóa|タグ|标签|关键词|temas|argomenti|tag|topik|chủ đề|"
    r"関連キーワード|キーワード|関連トピック|태그|키워드|الكلمات الدالة|الوسوم|метки|stichwörter|stichworte|"
    r"related topics|ετικέτες|ετικετες|ämnen i artikeln|ämnen|emner|aiheet|štítky|témata|címkék|etichete|"
    r"topics?|temas relacionados|temi|argomenti correlati|assuntos|onderwerpen|"
    # the labels of tags that only label tags: "برچسب‌ها:", "תגיות:", "Ключевые слова:", "Anahtar kelimeler:"
    r"keywords|palabras clave|parole chiave|słowa kluczowe|ключевые слова|ключові слова|anahtar kelimeler|"
    r"kata kunci|tag terkait|برچسب(?:\u200c| )?ها|کلیدواژه(?:\u200c| )?ها|תגיות|แท็ก|คำค้น|关键字|標籤|關鍵字|"
    r"taggar|etiketter|"
    # and of more scripts: "Тагови:", "குறிச்சொற்கள்:", "แท็กที่เกี่ยวข้อง:", "टैग:", "ট্যাগ:", "ٹیگز:"
    r"тагови|குறிச்சொற்கள்|แท็กที่เกี่ยวข้อง|टैग|टैग्स|ট্যাগ|ٹیگز|ٹیگ|"
    # and of more languages: "Avainsanat:", "Žymės:", "Мітки:", "Vitambulisho:", "თეგები:", "ស្លាក:" (not words that
    # name topics, which a story's own list may open with: "Themen: Rente, Pflege und Bildung")
    r"tagy|тагове|avainsanat|žymės|мітки|كلمات مفتاحية|vitambulisho|mga tag|თეგები|"
    r"պիտակներ|teqlər|тегтер|шошго|መለያዎች|merki|clibeanna|tagiau|etiketak|etiquetes|etiketa|ознаки|ស្លាក|ट्याग|"
    r"ටැග්|ടാഗുകൾ|टॅग्स|ટૅગ્સ|ਟੈਗ|etikette)"
    r"\s*[:：]\s*)\S",
    _FLAGS,
)
# A time stamp relative to now alone on its line, in any of the languages read ("2 hours ago", "vor 3 Stunden",
# "il y a 2 h", "45 хвилин тому", "2 घंटे पहले", "עודכן לפני 3 שעות", "3 jam lalu", "Gisteren, 21:14"): no
# story line is one.
_TIME_UNITS = (
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|sekunden|minuten|stunden?|tagen?|heures?|jours?|"
    r"minutos?|horas?|días?|dias?|minuti|ore|giorni|uur|dagen|minut(?:y|ę)?|godzin(?:y|ę)?|dni|минут[уы]?|"
    r"час(?:а|ов)?|дн(?:я|ей)|хвилин[уи]?|годин[уи]?|дн(?:і|ів)|dakika|saat|gün|मिनट|घंटे|घंटा|दिन|דקות|שעות|"
    r"שעה|ימים|minuuttia|tuntia|päivää|minuter|timmar|dagar|minutter|timer|dage|dager|minutami|hodinami|dny|"
    r"menit|jam|hari|phút|giờ|ngày|دقائق|ساعات|ساعة|أيام|دقیقه|ساعت|روز|"
    # Slovak, Hungarian, Romanian, Greek, Bulgarian, Croatian, Swahili, Tagalog, Catalan, Baltic, Estonian
    r"hodinami|minútami|dňami|órája|perce|napja|ore|oră|minute|zile|zi|ώρες|λεπτά|ημέρες|часа|минути|дни|sata|minuta|dana|"
    r"oras|minuto|araw|hores|minuts|dies|valandas|minutes|dienas|stundām|minūtēm|dienām|tundi|minutit|päeva|"
    # Serbian and Croatian, Finnish and Lithuanian abbreviated, Bengali, Urdu, Tamil
    r"sati|сата|сати|минута|дана|t|min|val\.?|d\.?|ঘণ্টা|মিনিট|দিন|گھنٹے|گھنٹہ|منٹ|دن|மணி நேரத்துக்கு|"
    # Polish abbreviated, Slovenian's dual and plural: "3 godz. temu", "pred 2 urama"
    r"godz\.?|urama|urami|uro|minutama|minutami|dnevoma|dnevi|"
    # singular units: "1 ora fa", "för 1 timme sedan", "for 1 time siden", "1 tunti sitten", "před 1 hodinou",
    # "منذ 45 دقيقة" (a count over ten takes the singular), "45 min. temu"
    r"ora|timme|time|tunti|hodinou|minutou|dnem|دقيقة|يوم|min\.|"
    r"மணி நேரம்|நிமிடங்கள்|நாட்கள்|"
    # Welsh, Icelandic, Basque, Georgian, Armenian, Mongolian, Kazakh, Azerbaijani, Uzbek, Belarusian
    r"awr|munud|diwrnod|klst\.?|mín\.?|dögum|klukkustundum|ordu|minutu|egun|საათის|წუთის|დღის|ժամ|րոպե|օր|"
    r"цагийн|минутын|өдрийн|сағат|күн|soat|daqiqa|kun|гадзін|хвілін|дзён)"
)
# a time ago written without spaces or with its number after the word (Thai, Japanese, Chinese, Korean,
# Swahili): "3 ชั่วโมงที่แล้ว", "3時間前", "3小时前", "3시간 전", "saa 3 zilizopita"
_UNSPACED_AGO = (
    r"\d{1,3}\s*(?:ชั่วโมง|นาที|วัน)ที่แล้ว|\d{1,3}\s*(?:時間|分|日)前|\d{1,3}\s*(?:小时|分钟|天)前|"
    r"\d{1,3}\s*(?:시간|분|일)\s*전|(?:saa|dakika|siku)\s+\d{1,3}\s+zilizopita|"
    # traditional Chinese, Marathi and Tamil: "3小時前", "3 तासांपूर्वी", "3 மணி நேரத்திற்கு முன்பு"
    r"\d{1,3}\s*(?:小時|分鐘)前|\d{1,3}\s*(?:तासांपूर्वी|मिनिटांपूर्वी|दिवसांपूर्वी)|"
    r"\d{1,3}\s*(?:மணி நேரத்திற்கு|நிமிடங்களுக்கு|நாட்களுக்கு) முன்பு"
)
# A commenter's name before a comment's time in one line: "SaskFarmer62 · 3 hours ago", "Гость · 15 мая, 17:02"
_COMMENTER_NAME = r"[^\W\d][\w.'’-]*(?:\s[\w.'’-]+){0,2}"
# the name and the dot, bar or dash after it (clean.core._comment_time reads the time after it)
COMMENTER_BEFORE_TIME = re.compile(rf"^{_COMMENTER_NAME}\s+[·•|—–]\s+")
RELATIVE_TIME = re.compile(
    # (a commenter's name before it, after a dot: a dash is read only in a comment's line, COMMENTER_BEFORE_TIME)
    rf"^\W*(?:{_COMMENTER_NAME}\s+·\s+)?"
    r"(?:(?:updated|published|posted|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|"
    r"pubblicato|atualizado|bijgewerkt|gepubliceerd|publisert|oppdatert|publicerad|uppdaterad|publiceret|opdateret|"
    r"julkaistu|päivitetty|עודכן|פורסם)\s*:?\s+)?(?:"
    rf"\d{{1,3}}\s*{_TIME_UNITS}\s+(?:ago|тому|назад|पहले|geleden|fa|atrás|önce|temu|sitten|siden|sedan|"
    rf"(?:yang\s+)?lalu|trước|پیش|(?:na\s+)?ang nakalipas|tagasi|আগে|پہلے|முன்|yn ôl|წინ|առաջ|өмнө|бұрын|əvvəl|"
    rf"oldin|таму)|\d{{1,3}}\s*órája|{_UNSPACED_AGO}|"
    r"منذ (?:ساعتين|دقيقتين|يومين|ساعة|دقيقة|يوم)|"  # Arabic's dual: "two hours ago" without a figure
    r"לפני (?:שעתיים|יומיים|דקה|שעה|יום)|"  # and Hebrew's
    r"(?:an?|one) (?:second|minute|hour|day|week) ago|"  # "an hour ago"
    rf"(?:vor|il y a|hace|há|לפני|před|pred|منذ|acum|πριν(?: από)?|преди|prije|пре|pre|fa|prieš|pirms|fyrir|duela|"
    rf"пред)"
    rf"\s+\d{{1,3}}\s*"
    rf"{_TIME_UNITS}|(?:för|for)\s+\d{{1,3}}\s*{_TIME_UNITS}\s+(?:sedan|siden)|"
    r"(?:yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag|wczoraj|"
    r"dzisiaj|вчера|сегодня|вчора|сьогодні|dün|bugün|eilen|tänään|igår|idag|i går|i dag)\s*,?\s*"
    r"(?:(?:at|um|à|a las|alle|às|om|o|в|o godz\.?|saat|kl\.?|klo)\s*)?\d{1,2}[:.h]\d\d|"
    # an update's time of day alone: "Mis à jour à 19 h 40", "Updated 10:42 AM ET", "Aktualisiert um 10:15 Uhr"
    r"(?:updated|last updated|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt|zaktualizowano|"
    r"обновлено|güncellendi|güncelleme|оновлено|aktualizováno|aktualizované|frissítve|actualizat|uppdaterad|"
    r"opdateret|oppdatert|päivitetty|ενημερώθηκε|diperbarui|cập nhật|ažurirano|актуализирано|atnaujinta|"
    r"atjaunināts|uuendatud)\s*:?\s*(?:(?:at|à|um|a las|alle|às|om|o|о|в|v|la|kl\.?|klo|pukul|lúc|u)\s*)?"
    r"\d{1,2}\s?[:.h]\s?\d\d"
    r"(?:\s*(?:[ap]\.?m\.?|uhr|h))?(?:\s*(?-i:[A-Z]{2,4}))?"
    r")\W*$",
    _FLAGS,
)
# A comment's buttons under its text, in the languages read: reply ("Reply", "Antworten", "回复", "답글 2"),
# with its likes or not ("Reply · 12 likes", "Thích 24 · Trả lời"); its likes alone ("Me gusta 9", "点赞 32").
_REPLY_WORDS = (
    r"(?:reply|replies|antworten|antwort|responder|responde|respuestas?|répondre|réponses?|rispondi|risposte?|"
    r"odpowiedz|odpowiedzi|válasz|válaszol|răspunde|răspunsuri|отговори|одговори|odgovori|odgovor|απάντηση|"
    r"απαντήσεις|svar|svara|svare|vastaa|vasta|ответить|ответы|відповісти|відповіді|yanıtla|yanıt|cevapla|balas|"
    r"balasan|trả lời|ตอบกลับ|返信|回复|回覆|답글|답장|jibu|sumagot|tumugon|beantwoorden|reageer|reageren|"
    r"odpovědět|odpovedať|reagovat|reagovať|atsakyti|atbildēt|rispondere|رد|الرد|پاسخ|השב|הגב|जवाब दें|जवाब|"
    r"উত্তর দিন|উত্তর|"
    r"جواب دیں|جواب|பதில்|ప్రత్యుత్తరం)"
)
_LIKE_WORDS = (
    r"(?:likes?|me gusta|gefällt mir|j'aime|mi piace|curtir|curtidas|lubię to|tetszik|îmi place|харесва|"
    r"свиђа ми се|sviđa mi se|μου αρέσει|synes godt om|liker|gilla|tykkää|meeldib|нравится|подобається|beğen|"
    r"beğeni|suka|thích|ถูกใจ|いいね|点赞|赞|좋아요|napenda|gusto ko|vind ik leuk|líbí se mi|páči sa mi|patinka|"
    r"patīk|أعجبني|أعجبنى)"
)
# its button to report it to the moderators, alone under its reply button ("Zgłoś", "Prijavi", "Melden")
_REPORT_WORDS = (
    r"(?:report|melden|signaler|segnala|denunciar|denunciar comentario|zgłoś|nahlásit|nahlásiť|prijavi|пожаловаться|"
    r"поскаржитися|пожалваме се|пријави|bildir|şikayet et|anmäl|rapportér|rapporter|ilmoita|jelentés|raportează|"
    r"αναφορά|pranešti|ziņot|teata|דווח|گزارش|laporkan|báo cáo|通報|举报|檢舉|신고|إبلاغ|signaler un abus)"
)
_COUNT = rf"(?:\(?\d{{1,6}}\)?|\d{{1,6}}\s*{_LIKE_WORDS}|{_LIKE_WORDS}\s*\d{{1,6}})"
_COMMENT_BUTTONS = re.compile(
    rf"^\W*(?:{_LIKE_WORDS}\s*\d{{0,6}}\s*[·|•]\s*)?{_REPLY_WORDS}(?:\s*[·|•]?\s*{_COUNT})?(?:\s*[·|•]\s*{_COUNT})?"
    rf"(?:\s*[·|•]\s*{_REPORT_WORDS})?\W*$|^\W*(?:{_LIKE_WORDS}\s*[:·]?\s*\d{{1,6}}|\d{{1,6}}\s*{_LIKE_WORDS})\W*$|"
    rf"^\W*{_REPORT_WORDS}\W*$",
    _FLAGS,
)
COMMENT_BUTTON_CHARS = 40


def comment_buttons(line: str) -> bool:
    """Whether ``line`` is a comment's buttons: reply, with its likes or not, or its likes alone; or a row of
    them split by dots or bars, each a like with its count ("J'aime (15)", "Gilla (21)"), votes ("+38 / -2",
    "👍 58 👎 2"), reply or report ("J'aime (15) · Répondre · Signaler un abus", "+47 / −3 · Reagovat")."""
    # (not a question-and-answer's label: "Antwort:")
    if line.rstrip().endswith(":"):
        return False
    if len(line) <= COMMENT_BUTTON_CHARS and _COMMENT_BUTTONS.match(line) is not None:
        return True
    if len(line) > COMMENT_ROW_CHARS or not any(mark in line for mark in "·|•"):
        return False
    items = [item for item in _ROW_MARKS_SPLIT.split(line.strip()) if item]
    return (
        len(items) >= 2
        and all(_BUTTON_ITEM.match(item) is not None for item in items)
        and any(_REPLY.match(item) is not None or _REPORT_ITEM.match(item) is not None for item in items)
    )


COMMENT_ROW_CHARS = 80
_ROW_MARKS_SPLIT = re.compile(r"\s*[·|•]\s*")
_REPORT_ITEM_SOURCE = rf"{_REPORT_WORDS}(?:\s+(?:abuse|comment))?"  # "Report abuse", "Signaler un abus"
_REPORT_ITEM = re.compile(rf"{_REPORT_ITEM_SOURCE}$", _FLAGS)
# an item of a comment's row of buttons: its likes and their count, its votes, reply (and its count), report
_BUTTON_ITEM = re.compile(
    rf"(?:{_LIKE_WORDS}\s*[:·]?\s*\(?\d{{0,6}}\)?|\(?\d{{1,6}}\)?\s*{_LIKE_WORDS}|"
    r"[+−-]?\d{1,6}\s*/\s*[+−-]?\d{1,6}|(?:[👍👎⬆⬇▲▼]\ufe0f?\s*\d{1,6}\s*)+|"
    rf"{_REPLY_WORDS}\s*\(?\d{{0,6}}\)?|{_REPORT_ITEM_SOURCE}|\(?\d{{1,6}}\)?)$",
    _FLAGS,
)


def reply_button(line: str) -> bool:
    """Whether ``line`` is a comment's buttons with its reply button among them."""
    if not comment_buttons(line):
        return False
    return _REPLY.search(line) is not None


_REPLY = re.compile(_REPLY_WORDS, _FLAGS)
# The words of a comment section's furniture ("Kommentare (23)", "Log in to comment", "Ver más comentarios",
# "댓글 더보기"), by their stems.
COMMENT_STEM = re.compile(
    r"(?<!\w)(?:comment|komentar|komentá|komentir|komentow|коментар|коментув|комментар|комментир|comentar|comentári|"
    r"commenta|hozzászól|σχόλι|σχολί(?:ου|ων)|komment|yorum|maoni|komento|reactie|تعليق|التعليق|تبصر|মন্তব্য|கருத்த|תגוב|"
    r"bình luận|ý kiến|"
    # Latvian, Icelandic, Welsh, Basque, Albanian, Georgian, Armenian, Mongolian, Hindi, Telugu, Gujarati, Punjabi,
    # Hausa, Zulu: "Komentāri", "Athugasemdir", "Sylwadau", "Iruzkinak", "Komente", "კომენტარები", "Amazwana"
    r"komentār|athugasemd|sylwad|iruzkin|komente|კომენტარ|մեկնաբանություն|сэтгэгдэл|टिप्पणी|टिप्पणि|వ్యాఖ్య|ટિપ્પણી|"
    r"ਟਿੱਪਣੀ|sharhi|amazwana)|"
    r"ความคิดเห็น|コメント|评论|評論|댓글",  # (scripts without spaces: anywhere in the line)
    _FLAGS,
)
# A Scandinavian site's word for its comment section, read only with the section's count ("Debat (19)"; "Debatten"
# alone heads a story's part) and in the notices under it ("Du skal være logget ind for at deltage i debatten.")
DEBATE = re.compile(r"(?<!\w)debatt?(?:en)?(?!\w)", _FLAGS)
COMMENT_LABEL_WORDS = 12


def comment_label(line: str) -> bool:
    """A comment section's heading, prompt or link, in the languages read: a short line that names comments
    ("Kommentare (23)", "Log in or create an account to comment", "Показать ещё комментарии")."""
    return (
        word_count(line) <= COMMENT_LABEL_WORDS
        and not line.rstrip().endswith((".", "。", "!", "।"))  # "The ministry declined to comment.": the story's
        and COMMENT_STEM.search(line) is not None
    )


# News, what a site's app or its alerts bring, in the languages read ("pour ne rien manquer de l'actualité",
# "untuk berita terkini", "cu cele mai importante știri"): not alerts, which a public service's app sends too
_NEWS_WORD = (
    r"(?<!\w)(?:news|actualités?|actu|infos|noticias|notícias|notizie|nachrichten|berita|știri|stiri|uutiset|"
    r"información|informação|"
    r"nyheter|nyheder|nieuws|zprávy|správy|hírek|wiadomości|новости|новини|haberler|tin tức|أخبار|חדשות)(?!\w)"
)
# The site's own app, after its name ("l'application de notre journal", "aplikasi kami", "alkalmazásunkat"): a
# public service's app is the story's advice ("Téléchargez l'application FR-Alert ..., conseille la préfecture")
_OUR_APP = (
    r"(?<!\w)(?:notre|nuestra|nossa|nosso|nostra|unsere|naszą|naši|našu|kami|noastră|наше|наш|vår|vores|vårt)(?!\w)|"
    r"alkalmazásunk|sovelluksemme"
)
# The news or a newsletter that a prompt offers to deliver ("die wichtigsten Nachrichten", "novada ziņas",
# "berita terbaru", "les notícies", "top stories")
_INBOX_NEWS = (
    r"(?<!\w)(?:nachrichten|news|newsletter|ziņas|jaunumu|berita|notícies|noticias|actualités?|l['’]actualité|"
    r"stories|headlines|nyheterna|nyhederne|nyhetene)(?!\w)"
)
# The word for a newsletter, in the languages read (not "bulletin", "boletín", "bản tin": also a broadcast's name)
_NEWSLETTER_WORD = (
    r"newsletter|(?<!\w)(?:nyhetsbrev|nyhedsbrev|nieuwsbrie[fv]|uutiskirje|uudiskir|hírlevel|biuletyn|"
    r"рассылк|розсилк|ενημερωτικό δελτίο|infolettre|ニュースレター|뉴스레터|电子报|電子報|النشرة البريدية|"
    r"خبرنامه|ניוזלטר|न्यूज़लेटर)"
)
_LABEL_RULES: tuple[tuple[str, Lines], ...] = (
    (
        "navigation",
        _FURNITURE_LABELS,
    ),
    ("separator", re.compile(r"^([_*=~#•·-])(?:\s*\1){2,}$")),  # "___", "* * *", "• • •": a section break
    # buttons and labels of more languages: save and share buttons ("Merken", "Opslaan", "שתפו בפייסבוק",
    # "この記事をシェア"), comment labels ("نظرات", "תגובות (9)", "Ý kiến (18)"), advert slots ("آگهی",
    # "โฆษณา", "廣告"), cookie banners' buttons, reading times, a newsletter box's field and button
    (
        "share",
        re.compile(
            r"^\W*(?:merken|guardar|opslaan|uložit|zapisz|kaydet|сохранить|зберегти|حفظ|مشاركة|shiriki|i-share|"
            r"podijeli|podeli|zdieľať|comparteix|"
            r"שתפו(?: ב\S+)?|הגדלת טקסט|फॉलो करें|copy link(?: thành công)?|zalo|in bài|ไลน์|line|"
            r"この記事をシェア(?:する)?|ブックマーク|シェアする|加入line好友|skomentuj|"
            r"(?:x|twitter|facebook|line|はてな)で(?:ポスト|シェア|送る|共有)(?:する)?|"
            # "share" in Urdu, Hindi, Bengali, Tamil, Telugu, Kannada, Malayalam, Gujarati and Punjabi
            r"شیئر(?: کریں)?|शेयर करें|শেয়ার করুন|பகிர்(?:வும்)?|షేర్ చేయండి|ಹಂಚಿಕೊಳ್ಳಿ|ಶೇರ್ ಮಾಡಿ|പങ്കിടുക|ഷെയർ ചെയ്യുക|"
            r"શેર કરો|ਸ਼ੇਅਰ ਕਰੋ|"
            # "share" in Belarusian, Hebrew, Korean, Georgian, Armenian, Kazakh, Uzbek, Mongolian, Amharic, Hausa,
            # Zulu, Icelandic, Irish, Welsh, Basque, Albanian, Maltese, Khmer, Lao, Burmese, Sinhala, Punjabi, Afrikaans
            r"падзяліцца|שיתוף|공유(?:하기)?|გაზიარება|կիսվել|бөлісу|ulashish|хуваалцах|አጋራ|raba|yabelana|deila|"
            r"roinn|rhannu|partekatu|ndaj|shpërndaj|aqsam|ចែករំលែក|ແບ່ງປັນ|မျှဝေ(?:ရန်)?|බෙදාගන්න|ਸਾਂਝਾ ਕਰੋ|deel|"
            r"trimite pe whatsapp|del|del på (?:facebook|x|twitter|linkedin|messenger)|kopiér link|kopier lenke|"
            # Serbian, Croatian, Swedish, Danish, Finnish, Slovak, Portuguese, Turkish: "Подели", "Del artikel",
            # "Tallenna", "Kopírovať odkaz", "Partilhe este artigo", "WhatsApp'ta paylaş"
            r"подели|подијели|pošalji|del artikel|tallenna|kopírovať odkaz|uložiť(?: článok)?|"
            r"partilhe (?:este artigo|esta notícia)|"
            r"(?:facebook|x|twitter|whatsapp|linkedin|telegram)['’](?:ta|te|da|de) paylaş|"
            r"jaa|jaa (?:facebookissa|x:ssä|twitterissä|linkedinissä|whatsappissa)|"
            r"поделиться (?:во вконтакте|в вконтакте|в telegram|в одноклассниках)|"
            # "copy link" and the e-mail button in more languages: "Kopieer link", "Skopiuj link", "העתקת קישור"
            r"kopieer (?:de )?link|s?kopiuj link|kopírovat odkaz|kopeeri link|kopijuoti nuorodą|kopēt saiti|"
            r"kopiraj (?:link|poveznicu|povezavo)|копирай линк|копирај линк|копировать ссылку|"
            r"(?:с)?копіювати посилання|bağlantıyı kopyala|linki kopyala|copiar (?:el |o )?(?:enlace|link)|"
            r"copier le lien|copia (?:il )?link|copiar l['’]enllaç|kopioi linkki|kopiera länk(?:en)?|"
            r"kopier linken|link másolása|copiază link(?:ul)?|αντιγραφή (?:συνδέσμου|link)|העתק(?:ת)? קישור|"
            r"نسخ الرابط|کپی لینک|salin (?:tautan|link)|sao chép liên kết|คัดลอกลิงก์|リンクをコピー|复制链接|"
            r"링크 ?복사|correu electrònic|correo electrónico|(?:kindly )?share this (?:story|article))\W*$",
            _FLAGS,
        ),
    ),
    (
        "navigation",
        re.compile(
            r"^\W*(?:نظرات|ارسال نظر|הוספת תגובה|mới nhất|留言|"
            # a comment counter: "Комментарии: 31", "Diskusia (46)", "Komentari 8"
            r"(?:comments?|kommentare|commentaires|comentarios|comentários|commenti|reacties|komentarze|"
            r"комментарии|коментарі|yorumlar|komentar|komentari|diskusia|diskuse|maoni|mga komento)"
            r"\s*[:(（]?\s*\d+\s*[)）]?|"
            r"(?:תגובות|कमेंट|टिप्पणियां|ý kiến|bình luận|留言|评论|評論|댓글|نظرات|komentáře|diskuse|diskuze|"
            r"hozzászólások|kommentarer|kommentit)"
            r"\s*[(（]\s*[\d۰-۹]+\s*[)）]|"
            r"annuncio pubblicitario|آگهی|โฆษณา|廣告|פרסומת|quảng cáo|iklan|reklam|publicidade|publicidad|"
            # Estonian, Latvian, Bengali, Urdu, Tamil, Telugu, Kannada, Malayalam, Marathi: "Reklaam", "اشتہار"
            r"reklaam|reklāma|বিজ্ঞাপন|اشتہار|விளம்பரம்|ప్రకటన|ಜಾಹೀರಾತು|പരസ്യം|जाहिरात|"
            r"accetta|rifiuta|accept(?: all)?(?: cookies)?|reject all|ยอมรับทั้งหมด|alle akzeptieren|tout accepter|"
            # a consent banner's buttons: "Accepter et fermer", "Continuer sans accepter", "Alle ablehnen"
            r"accepter et fermer|continuer sans accepter|tout refuser|refuser tout|alle ablehnen|rechazar todo|"
            r"rifiuta tutto|continua senza accettare|akzeptieren und schließen|accept and close|"
            r"continue without accepting|rejeitar tudo|"
            r"aceptar (?:todo|todas)|aceitar (?:todos|tudo)|"
            # the same "Accept all" in more languages: "Zaakceptuj wszystkie", "Összes elfogadása", "모두 동의"
            r"accetta tutti|zaakceptuj wszystkie|összes elfogadása|приемам всички|прихвати све|sprejmi vse|"
            r"acceptera alla|nõustu kõigiga|pieņemt visus|priimti visus|прийняти всі|پذیرش همه|אישור הכל|"
            r"सभी स्वीकार करें|সব গ্রহণ করুন|terima semua|chấp nhận tất cả|すべて同意する|全部接受|모두 동의|kubali zote|"
            r"tanggapin lahat|samþykkja allt|derbyn y cyfan|onartu guztiak|prano të gjitha|"
            r"زمان مطالعه\s*[:：]?\s*[\d۰-۹]+\s*دقیقه|čtení na \d+ minut[yu]?|"
            r"je m['’]abonne|votre adresse (?:courriel|e-?mail)|البريد الإلكتروني|اشترك(?: الآن)?|aanmelden|"
            r"suscribite|schrijf je in|telli|subscriu-t['’]hi|prijavite se|pretplatite se|"
            # a weather widget: "Calder Springs, TX 78°", "Agora: 22°C, chuva forte", "Meteo Castelvero 24°"
            r"[^.!?\d]{0,40}-?\d{1,2}\s?°\s?[CF]?(?:,?\s+[^\W\d][^.!?\d]{0,30})?)\W*$",
            _FLAGS,
        ),
    ),
    # a breadcrumb from the home page: "Startseite > Region > Verkehr", "ホーム ＞ 地域"
    (
        "navigation",
        re.compile(
            rf"^\W*(?:(?:您当前的位置|当前位置|您的位置|現在位置)\s*[:：]\s*)?(?:{_HOME})\s*"
            rf"(?:[>›»＞→]\s*[^.!?]{{1,70}}|[/|]\s*[^.!?/|]{{1,40}}[/|][^.!?]{{1,40}})$",
            _FLAGS,
        ),
    ),
    # a blog post's filing line and its comment form's fields: "Posted in Local News", "Schlagworte: Hafen",
    # "Name *"
    ("navigation", FILING_LINE),
    # a link to the next or previous story: "Next article Harbour wall repairs fall behind"
    (
        "navigation",
        re.compile(
            r"^(?:next|previous|prev\.?) (?:article|story|post)(?:\s*[:»›|>-]\s*|\s+(?-i:[A-Z\"“‘]))|"
            # of more languages, before their colon: "Nächster Artikel: ...", "下一篇：...", "다음 기사: ..."
            r"^(?:"
            r"articolo precedente|articolo successivo|edellinen artikkeli|susunod na artikulo|"
            r"articolul anterior|artikel berikutnya|artikel sebelumnya|artículo siguiente|föregående artikel|"
            r"hurrengo artikulua|seuraava artikkeli|vorheriger artikel|article précédent|articolul următor|"
            r"artículo anterior|järgmine artikkel|makala inayofuata|poprzedni artykuł|προηγούμενο άρθρο|"
            r"предыдущая статья|artikulli tjetër|kitas straipsnis|naslednji članek|następny artykuł|"
            r"nächster artikel|prethodni članak|předchozí článek|volgende artikel|попередня стаття|"
            r"претходни чланак|следующая статья|article següent|article suivant|artigo anterior|"
            r"forrige artikel|nākamais raksts|sljedeći članak|volgend artikel|дараагийн мэдээ|наступна стаття|"
            r"предишна статия|следваща статия|keyingi maqola|következő cikk|neste artikkel|próximo artigo|"
            r"следећи чланак|следна статија|հաջորդ հոդվածը|შემდეგი სტატია|bài tiếp theo|erthygl nesaf|"
            r"nästa artikel|næste artikel|növbəti xəbər|sonraki haber|vorig artikel|επόμενο άρθρο|"
            r"келесі мақала|المقال التالي|المقال السابق|អត្ថបទបន្ទាប់|další článek|önceki haber|ďalší článok|"
            r"næsta frétt|পরবর্তী খবর|บทความถัดไป|előző cikk|הכתבה הבאה|bài trước|مطلب بعدی|पिछला लेख|"
            r"اگلی خبر|अगला लेख|다음 기사|이전 기사|前の記事|次の記事|上一篇|下一篇"
            r")\s*[:：»›|>-]\s*\S",
            _FLAGS,
        ),
    ),
    # the comment form's fields, each a line of its own marked required: "Name *", "E-mail *"
    (
        "navigation",
        re.compile(
            r"^(?:your )?(?:name|e-?mail(?: address)?|website|comment|nombre|correo(?: electr[óo]nico)?|nom|"
            r"courriel|nome|kommentar|commentaire|comentario|commento|имя|почта|эл\. почта|"
            # and of more languages: "Naam *", "Imię *", "Adresse e-mail *", "E-posta *", "이름 *"
            r"naam|imię|ad|nama|tên|jméno|nume|név|namn|navn|nimi|όνομα|الاسم|نام|שם|名前|名称|昵称|이름|ชื่อ|"
            r"adresse e-?mail|e-?mail-adresse|endereço de e-?mail|e-?mailadres|adres e-?mail|e-?posta|alamat e-?mail|"
            r"e-?postadress|sähköposti|διεύθυνση email|البريد الإلكتروني|ایمیل|אימייל|メールアドレス|电子邮件|邮箱|"
            r"이메일|อีเมล|site web|sitio web|sito web|webseite|witryna|reactie|komentarz|yorum|komentar|bình luận|"
            r"комментарий|коментар|komentář|comentariu|hozzászólás|kommentti|σχόλιο|تعليق|دیدگاه|תגובה|コメント|"
            r"评论|留言|댓글|ความคิดเห็น)\s*\*\s*$|"
            # the form's note on them: "Los campos obligatorios están marcados con *"
            r"^(?:los campos obligatorios están marcados con|les champs obligatoires sont indiqués avec|"
            r"(?:erforderliche |pflicht)felder sind mit|(?:os )?campos obrigatórios são marcados com|"
            r"i campi obbligatori sono contrassegnati|vereiste velden zijn gemarkeerd met|"
            r"wymagane pola są oznaczone|câmpurile obligatorii sunt marcate cu|обязательные поля помечены|"
            r"gerekli alanlar|ruas yang wajib ditandai|các trường bắt buộc được đánh dấu|"
            r"obligatoriska fält är märkta|påkrævede felter er markeret med|obligatoriske felt er merket med|"
            r"pakolliset kentät on merkitty|povinné (?:údaje|položky) (?:jsou|sú) označen[éy])\s*\*?[^.]{0,30}\.?\s*$",
            _FLAGS,
        ),
    ),
    ("promo", re.compile(r"^les mer\s*[:»›|-]", _FLAGS)),  # Norwegian "Les mer: ..." (read more)
    ("byline", _BYLINE_RULE),
    ("byline", _BYLINE_AGO),
    ("byline", _BYLINE_DATED),
    ("byline", _BYLINE_WORLD),
    ("byline", _BYLINE_POSTED),
    ("byline", re.compile(_BYLINE_LABEL, _FLAGS)),
    # an English lead-in before names in a script without capitals, as Indian, Arab and Thai sites print it:
    # "Written By : अंकित शर्मा", "By محمد مثال"; an editor's line: "Edited By : नेहा गुप्ता", "Edited by Jane Example"
    ("byline", re.compile(rf"^(?:(?:written|reported)\s+)?by\s*[:：]?\s*{_CASELESS_NAMES}\W*$", _FLAGS)),
    # a picture's source through an agency, alone: "New York State Sex Offender Registry via AP", "Handout via Reuters"
    ("credit", re.compile(r"^(?-i:[A-Z])[^.!?]{1,60}\bvia (?:AP|Reuters|AFP|Getty Images|EPA|Bloomberg)\W*$", _FLAGS)),
    # a story's tags: "In this article: av, consoles, gaming", "This Article is related to: Awards and tagged ..."
    (
        "navigation",
        re.compile(r"^(?:in this article|this (?:article|story|post) is related to)\s*:\s*\S", _FLAGS),
    ),
    # a theme's credits (its heart's icon gone): "Crafted with by ExampleTemplates | Designed by Example Media
    # Ltd", "Powered by WordPress", "Theme by Example"; a designer's only in a footer's row or naming a template
    # (not a crosshead: "Designed by committee", "Powered by AI")
    (
        "navigation",
        re.compile(
            r"^(?:(?:crafted|designed|developed|made)(?: and (?:developed|designed|coded))?(?: with(?: \S+)?)? by"
            r"(?=.*(?:\s\|\s|templat|theme))|crafted with by|"
            r"powered by (?=wordpress|blogger|ghost|drupal|joomla|squarespace|wix|tumblr)|theme by)\s*\S[^.!?]{0,60}$",
            _FLAGS,
        ),
    ),
    # a note on the links around: "These are external links and will open in a new window"
    (
        "navigation",
        re.compile(
            r"^\W*(?:these are )?external links?,? (?:and |which )?(?:will )?opens? in a new (?:window|tab)\W*$", _FLAGS
        ),
    ),
    # a health story's reviewer, with the credentials: "Medically reviewed by Jane Example, PhD, RN", "Fact checked by
    # Jane Example"
    (
        "byline",
        re.compile(
            r"^(?:medically |clinically |fact[- ]checked and |scientifically )?(?:reviewed|fact[- ]checked) by\s*:?\s*"
            r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}(?:,\s*(?-i:[A-Z])[A-Za-z.]{1,10}){0,4}\W*$",
            _FLAGS,
        ),
    ),
    (
        "credit",
        re.compile(
            rf"^(?:edited|compiled)\s+by\s*[:：]?\s*(?:{_CASELESS_NAMES}|"
            r"(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3})\W*$",
            _FLAGS,
        ),
    ),
    (
        "dateline",
        re.compile(
            # "Drew Example • February 16, 2017", "Drew Example - Feb 16, 2017 8:02 pm UTC": a name, then the date
            # (after a dash, with its time: "Election Day - November 5, 2024" heads a timeline)
            r"^\W*(?:(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:[•|·]|[–—-](?=.*\d[:.]\d\d))\s*)?"
            rf"(?:(?:posted|published|updated|last updated|modified|{_STAMP_WORDS})\s*(?:on|at)?\s*:?\s*)?"
            # a weekday or an agency before the date ("Thu, May 2, 2024", "Kamis, 14 Maret 2024", "AFP 30 avril
            # 2015"; not "Since March 2020")
            rf"(?:(?:{_WEEKDAY}|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|senin|selasa|rabu|kamis|jumat|sabtu|minggu|"
            r"(?-i:[A-Z]{2,5}))\.?,?\s+)?"
            rf"(?:\d{{1,2}}\.?\s+)?(?:de\s+)?(?:{MONTHS})\.?\s+(?:de\s+)?\d{{1,4}}"
            r"(?:,?\s+\d{4})?(?:\s*[,|·•–—-]?\s*(?:at\s*|um\s*|à\s*|a las\s*|alle\s*|às\s*|om\s*)?\d{1,2}[:.h]\d\d\s*"
            r"(?:[ap]\.?m\.?|uhr|h)?(?:\s*[A-Z]{2,4})?)?"
            # then, at most, the change's stamp ("/ Updated Dec. 7, 2024, 12:43 PM") or a reading time
            rf"(?:\s*[|/·•–—(-]\s*(?:(?:last )?updated|modified|{_STAMP_WORDS})\b[^\n]{{0,60}}|"
            r"\s*[·•|]\s*\d{1,3}\s*min(?:ute)?s?\s+read)?\W*$|"
            # an ISO date, alone or after a short label ("기사입력 :[ 2018-08-25 15:24 ]", "Stand: 2024-05-02")
            r"^\W*(?:[^\W\d][^\d:：]{0,15}[:：]\W*)?\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\W*$|"
            # a day-first date after the word for updated or published in another language, or alone:
            # "Zuletzt aktualisiert: 12.03.2024, 10:15 Uhr", "Mis à jour le 12/03/2024 à 10h15"
            rf"^\W*(?:(?:stand|{_STAMP_WORDS})\s*:?\s*)?\d{{1,2}}[./-]\d{{1,2}}[./-](?:19|20)?\d\d\.?(?:,?\s*"
            r"(?:(?:à|um|alle|às|a las|om|saat|kl\.|kl|klo)\s*)?\d{1,2}[:.h]\d\d(?::\d\d)?\s*(?:uhr|h)?)?\W*$|"
            # Polish, Russian and Turkish: "12 marca 2024, 10:15", "Опубликовано: 12 марта 2024"
            rf"^\W*(?:{_STAMP_WORDS}\s*:?\s*)?\d{{1,2}}\s+(?:{_DAY_MONTHS})\s+(?:19|20)\d\d(?:,?\s*(?:saat\s*)?"
            r"\d{1,2}[:.]\d\d)?\W*$|"
            # Chinese, Japanese and Korean dates: "2024年3月12日 10:15", "2024년 3월 12일"
            r"^\W*(?:[^\W\d][^\d:：]{0,15}[:：]\W*)?(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]"
            r"(?:\s*\(?\w\)?)?(?:\s*\d{1,2}[:：時시]\s*\d\d分?)?\W*$|"
            # Arabic: "الخميس، 14 مارس 2024"; Vietnamese: "Thứ năm, 14/3/2024, 10:32 (GMT+7)"; Portuguese:
            # "14.mar.2024 às 18h40"
            rf"^\W*(?:(?:{_ARABIC_WEEKDAYS})\s*[،,]?\s*)?\d{{1,2}}\s+(?:{_ARABIC_MONTHS})\s+(?:19|20)\d\d"
            r"(?:\s*[-–،,]?\s*\d{1,2}:\d\d)?\W*$|"
            r"^\W*(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\s*,\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d"
            r"(?:\s*,?\s*\d{1,2}:\d\d)?(?:\s*\(gmt[+-]\d{1,2}\))?\W*$|"
            rf"^\W*\d{{1,2}}\.(?:{MONTHS})\.(?:19|20)\d\d(?:\s*(?:às|a las|à|at|,)?\s*\d{{1,2}}[h:.]\d\d)?\W*$|"
            # "Updated 10:42 AM ET, Thu May 2, 2024", "Published: 02/05/2024 - 10:42"
            r"^\W*(?:posted|published|updated|last updated|modified|first published)(?:\s+(?:on|at))?\s*:?\s+"
            r"(?=\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
            r"(?=[^.!?]{0,60}\d)(?:[^.!?]|\b[ap]\.m\.?){1,70}$",
            _FLAGS,
        ),
    ),
    ("dateline", RELATIVE_TIME),
)
# A row of a page's buttons, flattened into one line: "Drucken  Teilen", "Partilhar  Guardar  Comentar",
# "Accept all  Manage preferences", "シェアする  ポストする  LINEで送る". Its items are split by two spaces or
# more, by a mark ("·", "|", "•") or, in a line of a few words, by single spaces ("Partilhar Guardar
# Comentar"); each is a button or a label by itself (a rule reads it so alone) or one of these, which a
# page shows only among other buttons (alone on a line, "Einstellungen" or "Comentar" may be anything).
ROW_BUTTONS = frozenset(
    unicodedata.normalize("NFC", item.strip())
    for item in """manage preferences|manage settings|manage cookies|manage options|more options|accept|reject|decline|
    settings|comment|listen|gift article|gift this article|bookmark|font size|text size|send|copy|reply|
    drucken|speichern|kommentieren|vorlesen|artikel vorlesen|anhören|artikel anhören|einstellungen|
    einverstanden|ablehnen|akzeptieren|schriftgröße|verschenken|artikel verschenken|senden|
    imprimer|enregistrer|sauvegarder|commenter|réagir|écouter|offrir cet article|accepter|refuser|paramétrer|
    personnaliser|accepter et fermer|continuer sans accepter|tout refuser|
    imprimir|comentar|escuchar|tuitear|aceptar|rechazar|configurar|configuración|salvar|ouvir|aceitar|
    rejeitar|configurações|definições|stampa|salva|commenta|ascolta|personalizza|impostazioni|
    printen|afdrukken|reageren|luisteren|voorlezen|akkoord|weigeren|instellingen|instellingen aanpassen|
    drukuj|posłuchaj|akceptuję|odrzuć|ustawienia|ustawienia zaawansowane|przejdź do serwisu|
    печать|распечатать|комментировать|слушать|принять|отклонить|настройки|копировать ссылку|
    друк|коментувати|копіювати посилання|прийняти|налаштування|
    yazdır|yorum yap|dinle|kabul et|reddet|ayarlar|
    tisk|vytisknout|komentovat|poslechnout|souhlasím|odmítnout|nastavení|diskuse|
    cetak|simpan|komentar|komen|kongsi|salin link|salin tautan|setuju|tolak|pengaturan|tetapan|
    lưu|lưu bài|bình luận|sao chép liên kết|sao chép link|nghe|đồng ý|cài đặt|
    แชร์|บันทึก|พิมพ์|ความคิดเห็น|คัดลอกลิงก์|ยอมรับ|ตั้งค่า|
    ポストする|lineで送る|はてなブックマーク|印刷する|保存|保存する|コメント|同意する|設定|リンクをコピー|文字サイズ|
    复制链接|複製連結|打印|列印|收藏|评论|評論|留言|字号|字級|
    공유|댓글|북마크|인쇄|인쇄하기|글자크기 설정|글자크기|스크랩|좋아요|링크복사|
    طباعة|حفظ|تعليق|تعليقات|نسخ الرابط|چاپ|ذخیره|ارسال نظر|שיתוף|שלחו כתבה|הדפסה|תגובה|שמירה|
    شیئر|شیئر کریں|تبصرہ|تبصرے|
    शेयर|शेयर करें|प्रिंट|कमेंट|सेव|লিংক কপি|শেয়ার|শেয়ার করুন|ফেসবুক|হোয়াটসঅ্যাপ|প্রিন্ট|মন্তব্য|মন্তব্য করুন""".split("|")
)
_ROW_SPLIT_ITEMS = re.compile(r"\s{2,}|\s*[|·•]\s*|\u3000")
_ROW_MARKS = frozenset("|·•\u3000")
_ITEM_MARKS = " \t:：→›»>«‹<•·|,.!?()[]"  # an item's marks: "Continuer sans accepter →", "Bagikan:"
ROW_CHARS = 200  # a row of buttons is this long at most
ROW_WORDS = 6  # a row split by single spaces has this many words at most


def button_row(text: str) -> str | None:
    """``"share"`` when ``text`` is a row of buttons (:data:`ROW_BUTTONS`), ``"navigation"`` when some
    of its items are labels or a menu's instead ("Comments (12)  Share", "News  Sport  Share"), or
    ``None``: not a row of two items or more, each a button or a label."""
    if "  " in text or not _ROW_MARKS.isdisjoint(text):
        items = [item for item in _ROW_SPLIT_ITEMS.split(text.strip()) if item]
    else:
        items = []
    if len(items) < 2:
        if text.count(" ") >= ROW_WORDS:
            return None
        words = text.split()
        if not 2 <= len(words) <= ROW_WORDS:
            return None
        if _folded(words[0]) not in _ROW_FIRST_WORDS:
            return None
        items = words  # "Partilhar Guardar Comentar": a first word of the row's only
    found = "share"
    for item in items:
        kind = _row_item(item)
        if kind is None:
            return None
        if kind != "share":
            found = "navigation"
    return found


def _folded(text: str) -> str:
    """``text`` in lower case, in Unicode's composed form where it is not ASCII (Bengali's "য়" is
    written in one character or two): as :data:`ROW_BUTTONS` holds its buttons."""
    return text.lower() if text.isascii() else unicodedata.normalize("NFC", lower(text))


BUTTON_CHARS = 40  # a button in a row is this long at most


def _row_item(item: str) -> str | None:
    if len(item) > BUTTON_CHARS:
        return None
    if _folded(item.strip(_ITEM_MARKS)) in ROW_BUTTONS:
        return "share"
    for name, pattern in _LABEL_RULES:
        if name in ("share", "navigation") and pattern.search(item):
            return name
    if any(pattern.search(item) for pattern in _SHARE_RULES):
        return "share"
    return None


# Chinese, Japanese and Korean boilerplate (written without spaces) and Hindi (whose vowel signs break
# words for a regular expression): found by phrase, not by word.
_CJK_PROMO = (
    r"相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|猜你喜欢|関連記事|関連ニュース|関連】|あわせて読みたい|"
    r"看更多\s*[:：]|延伸閱讀|相關新聞|推薦閱讀|"
    r"こちらもおすすめ|おすすめ記事|"
    r"관련기사|관련 기사|"
    r"यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|और पढ़ें|อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง|"
    # "also read" and "related news" in Marathi, Nepali, Gujarati, Punjabi, Odia, Tamil, Telugu, Kannada and
    # Malayalam
    r"हेही वाचा|संबंधित बातम्या|यो पनि पढ्नुहोस्|सम्बन्धित समाचार|આ પણ વાંચો|સંબંધિત સમાચાર|ਇਹ ਵੀ ਪੜ੍ਹੋ|"
    r"ଏହା ମଧ୍ୟ ପଢନ୍ତୁ|இதையும் படிக்க|இதையும் படியுங்கள்|தொடர்புடைய செய்திகள்|ఇది కూడా చదవండి|ఇవి కూడా చదవండి|"
    r"సంబంధిత వార్తలు|ಇದನ್ನೂ ಓದಿ|ಸಂಬಂಧಿತ ಸುದ್ದಿ|ഇതുകൂടി വായിക്കൂ|ഇതുകൂടി വായിക്കാം|ബന്ധപ്പെട്ട വാർത്തകൾ"
)
# a prompt to follow the site's channel: "扫码关注", "关注我们的微信公众号", "LINEで友だち追加", "... पर फॉलो करें"
_CJK_FOLLOW = (
    r"(?:扫码|扫描二维码)关注|关注[^，。,]{0,12}微信公众号|下载[^，。,]{0,12}客户端|友だち追加(?:してね|してください)?\W*$|"
    r"(?:LINE|ライン)(?:公式)?アカウントを友だち追加|구독하세요|पर फॉलो करें\W*$|^(?:[「『][^」』]{1,20}[」』])?アプリで|"
    # a Taiwanese site's LINE channel, in a line of its own: "立即加入港都時報LINE好友", "加入LINE好友，新聞即時推播"
    # (not a story's sentence: "市府呼籲民眾加入市府LINE好友，即時掌握停水資訊。"); a Thai site's, with its handle
    r"^[^。]{0,20}加入[^，。,！!]{0,12}LINE(?:好友|官方帳號)[^。]{0,20}$|ติดตาม(?:ข่าวสาร)?(?:ได้)?(?:ทาง|ที่) ?LINE ?@"
)
_CJK_LEGAL = (
    r"版权所有|版權所有|版权声明|未经(?:授权|许可)|非經(?:本報|本網|本站)?(?:同意|授權)|不得转载|不得轉載|"
    r"禁止转载|無断転載|無断複製|저작권자|무단 ?(?:전재|복제)|재배포 금지|"
    r"^※(?:記事の内容|この記事の(?:内容|情報)|掲載(?:の)?情報)は[^。]{0,10}(?:公開|掲載|配信)時点|^本文仅供参考|"
    r"(?:クッキー|Cookie)(?:を使用|の使用)|使用(?:Cookie|cookie)|쿠키를 사용|转载请注明出处(?![的之])|^免责声明[:：]|"
    # a reprint's notice: "转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请 ... 联系"
    r"转载此文是出于传递更多信息之目的|轉載此文是出於傳遞更多信息之目的|(?:如有|若有)侵权[，,]?请(?:联系|与)[^。]{0,12}删除|"
    r"(?:若有|如有)来源标注错误或侵犯了您的合法权益|"
    # a Chinese site's licences: "浙ICP备00000000号", "互联网新闻信息服务许可证：33120170001", "京公网安备 110..."
    r"ICP(?:备|證|证|備)(?:案号)?\s*[:：]?\s*\w{0,8}\d|"
    r"(?:互联网新闻信息服务许可证|互聯網新聞信息服務許可證)(?:编号|編號)?\s*[:：]\s*\d|(?:公网安备|公網安備)\s*\d"
)
# a newsletter's prompt, and a caption's credit after it ("…（１７日）＝写真・鈴木一郎")
_CJK_NEWSLETTER = (
    r"ニュースレター(?:に|の)(?:登録|購読)|(?:メールマガジン|メルマガ)(?:の|に|を)?(?:登録|購読)|"
    r"メール配信(?:サービス)?の(?:登録|お申し込み)|メールでお届けします|有料会員になると|会員限定(?:の)?(?:有料)?記事|"
    r"订阅(?:我们的)?(?:新闻通讯|电子报)|訂閱(?:我們的)?(?:電子報|新聞通訊)|뉴스레터(?:를)? 구독|"
    # a Japanese paywall's line: "会員登録（無料）で続きをお読みいただけます", "ログインして続きを読む"
    r"続きをお読みいただけます|(?:ログイン|会員登録)(?:して|すると)続きを読む"
)
# a Taiwanese photo's credit in a line of its own, after a slash: "圖／台中市交通局提供", "記者陳怡君／攝影"
_CJK_SLASH_CREDIT = (
    r"^\W*(?:(?:圖|图|圖片|图片|照片|攝影|摄影)\s*[／/]\s*[^／/。，]{2,30}|"
    r"(?:記者|记者)\s*\S{2,4}\s*[／/]\s*(?:攝影?|摄影?))$"
)
_CJK_CAPTION_CREDIT = r"[＝=]\s*写真[・:：]\s*[^＝=。、\s]{1,12}$"
_CJK_CREDIT = (
    r"责任编辑|責任編輯|编辑|編輯|来源|來源|图片来源|圖片來源|写真|图片|圖片|사진|ภาพ|फोटो|फ़ोटो|तस्वीर|"
    # "photo" of Bengali, Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi and Sinhala (not their "picture",
    # which names a film, and labels a caption: "చిత్రం: పుష్ప 2")
    r"ছবি|ফটো|புகைப்படம்|ఫోటో|ಫೋಟೋ|ഫോട്ടോ|ફોટો|ਫੋਟੋ|ඡායාරූපය"
)
# a wire's sign-off in brackets ("（共同）", "（ロイター）") and a photographer's credit ("新华社记者 李华 摄")
_CJK_SIGN_OFF = (
    r"[（(](?:共同|ロイター|時事|新华社|中新社)[）)]\s*$|(?:记者|摄影)\s*[\u4e00-\u9fff]{2,4}\s*摄\s*$|"
    # a caption: "图为..." (pictured: ...), "...長官＝14日午前、首相官邸で" (the picture's day and place)
    r"^图为(?!什么)|＝[０-９\d]{1,2}日(?:午前|午後|夜|朝)?[、，][^。]{0,30}$|"
    # "（摄影：周敏）", Korean "사진=해운대구 제공", "연합뉴스 자료사진"
    r"[（(](?:摄影|摄|图|图片|照片)[:：/][^）)]{1,20}[）)]\s*$|사진\s*=\s*\S+(?:\s+\S+){0,3}\s*$|"
    r"(?:연합뉴스|뉴시스|뉴스1)\s*(?:자료)?사진\s*$|[\[［][^\[\]［］]{1,20}\s(?:자료)?사진[\]］]\s*$|"
    # "电影《…》剧照。片方供图", "…庁舎＝東京都千代田区、2024年撮影", "…社長（7日、東京都港区）"
    r"[\u4e00-\u9fff]{0,6}供图\s*$|＝[^＝。]{0,30}撮影\s*$|＝本社ヘリから\s*$|/사진=[^/]{1,30}$|[（(][０-９\d]{1,2}日[、，][^）)]{2,20}[）)]\s*$"
)
_CJK_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("promo", re.compile(rf"^\W*(?:{_CJK_PROMO})|{_CJK_NEWSLETTER}|{_CJK_FOLLOW}")),
    ("legal", re.compile(_CJK_LEGAL)),
    # a page's line of facts under the headline: "发布时间：2025-04-16 10:02　来源：蓉城日报　作者：李明 王芳"
    ("dateline", re.compile(r"^\W*(?:发布时间|發佈時間|发布日期|時間|时间|日期)\s*[:：]\s*(?:19|20)\d\d")),
    ("credit", re.compile(rf"^\W*(?:{_CJK_CREDIT})\s*[:：]|{_CJK_CAPTION_CREDIT}|{_CJK_SIGN_OFF}|{_CJK_SLASH_CREDIT}")),
    # a caption's credit after its sentence in Korean, Japanese, Bengali and Hindi: "... 한 장면. 해오름컴퍼니 제공",
    # "... 있다. 한빛일보 DB", "...（撮影・佐々木健太）", "...। ছবি: সংগৃহীত", "... | ছবি: Name", "...। फोटो- संवाद"
    (
        "credit",
        re.compile(
            r"[.!?]\s+[^\s.!?]{1,20}(?: [^\s.!?]{1,20})? (?:제공|DB)\]?$|[（(]撮影[・:：][^）)]{1,20}[）)]$|"
            r"(?:[।.]|\s\|)\s*(?:ছবি|फोटो|फ़ोटो)\s*[:：-]\s*[^।|.]{2,40}$"
        ),
    ),
    # an appeal for support in Hindi, Thai, Japanese, Chinese and Korean: "स्वतंत्र पत्रकारिता का समर्थन करें",
    # "สนับสนุนสื่ออิสระ", "ジャーナリズムを支援してください", "支持独立新闻", "독립 언론을 후원해 주세요"
    (
        "appeal",
        re.compile(
            r"^\W*(?:\S+\s+){0,2}पत्रकारिता का समर्थन करें|^\W*अभी दान करें|^\W*สนับสนุน(?:สื่อ|เรา)|"
            r"^\W*บริจาค(?:ตอนนี้|เลย|ได้ที่)|^\W*(?:独立した)?ジャーナリズムを(?:支援|応援)して(?:ください|下さい)|"
            r"^\W*今すぐ寄付|^\W*支持(?:独立|我们的)?新闻|^\W*立即捐款|"
            r"^[^\"“”「」『』]{0,30}후원해 ?주세요[.!]?(?:\s+\S+){0,2}\W*$|"
            r"^\W*지금 후원하기"
        ),
    ),
    # a site's app, channel and newsletter, a paywall's count, a comment box in Thai, Japanese, Chinese,
    # Korean and Hindi: "ติดตามข่าวสารได้ที่ LINE", "NEWSアプリで防災情報の通知を受け取る", "下載南濱日報APP",
    # "ऐप डाउनलोड करें", "この記事は有料記事です。残り620文字", "登入後即可留言", "로그인 후 댓글을 ..."
    (
        "promo",
        re.compile(
            r"^\W*ติดตามข่าวสาร(?:ได้ที่|ทาง)|アプリで[^。]{0,20}(?:通知|受け取る)|^\W*下載[^。]{0,15}(?i:app)|"
            r"ऐप डाउनलोड करें(?!\s+और)|न्यूज़?लेटर सब्सक्राइब|इनबॉक्स में पाएं|^この記事は有料記事です|^残り[\d,]+文字|"
            # a paywall's note, a newsletter and a channel to follow: "この記事は有料会員限定です", "本文为付费内容",
            # "유료 회원 전용 기사입니다", "สมัครรับจดหมายข่าว", "न्यूज़लेटर के लिए साइन अप करें", "ติดตามเราบน Facebook",
            # "Facebookでフォロー", "关注我们的微博", "페이스북에서 팔로우하세요"
            r"^\W*この記事は(?:有料)?会員限定|^\W*本文为付费(?:内容|阅读)|^\W*(?:이 기사는 )?유료 ?회원 전용|"
            r"^\W*สมัครรับ(?:จดหมายข่าว|ข่าวสาร)|न्यूज़?लेटर के लिए साइन अप|^\W*ติดตามเรา(?:ได้)?(?:ที่|บน|ทาง)|"
            r"^\W*\S{1,20}(?:で|を)フォロー(?:する|して)?\W*$|"
            r"^\W*关注我们的|팔로우하세요\W*$"
        ),
    ),
    ("legal", re.compile(r"^\W*เว็บไซต์นี้ใช้คุกกี้")),
    (
        "promo",
        re.compile(
            r"^\W*(?:ดูคลิป|คลิป|วิดีโอ|视频|視頻|影片|影音|動画|映像|영상|동영상|वीडियो|ভিডিও|வீடியோ|వీడియో)\s*[:：|]\s*\S.{0,140}$"
        ),
    ),
    # a caption's credit in Thai and Chinese: "(ภาพ: มูลนิธิสว่างธรรม)", "（资料图片）", "（記者林怡君攝）"
    (
        "credit",
        re.compile(
            r"[(（]\s*(?:ภาพ\s*[:：][^()（）]{2,60}|资料图片|資料照片|资料照片|(?:记者|記者)?\w{0,6}[摄攝])\s*[)）]\s*$"
        ),
    ),
    ("bio", re.compile(r"^[（(]作者(?:系|为|是)[^）)]{2,60}[）)]$")),  # an opinion writer's bio: "（作者系...副教授）"
    # read also, in Bengali and Hindi: "আরও পড়ুন: ...", "और पढ़ें: ..."
    ("promo", re.compile(r"^\W*(?:আরও পড়ুন|আরো পড়ুন|আরও দেখুন|और पढ़ें|यह भी देखें)\s*[:：]\s*\S")),
    # comment boxes' prompts: "登录后发表评论，文明上网理性发言", "로그인하고 댓글을 작성해 보세요.",
    # "เข้าสู่ระบบเพื่อแสดงความคิดเห็น", "コメントを書くにはログインが必要です"
    (
        "navigation",
        re.compile(
            r"^\W*(?:登入後即可留言|로그인 후 댓글|動画を再生する|登录后(?:发表|参与)?评论|"
            r"登入後(?:發表)?留言|文明上网|"
            r"로그인(?:하고|하시면|해야) 댓글|เข้าสู่ระบบเพื่อ(?:แสดง|ร่วมแสดง)ความคิดเห็น|"
            r"コメント(?:を書く|する)にはログイン|"
            # a comment form's "your e-mail address will not be published"
            r"メールアドレスが公開されることはありません|(?:您的)?电子邮(?:箱|件)地址不会被公开|"
            r"(?:您的)?電子郵件地址不會被公開|이메일 주소는 공개되지 않습니다)"
        ),
    ),
)
# Every phrase of those rules holds a character of these scripts: text without one need not be read.
_PHRASE_SCRIPT = re.compile(r"[\u0900-\u0dff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_HINT = re.compile(
    f"{_CJK_PROMO}|{_CJK_LEGAL}|{_CJK_CREDIT}|{_CJK_NEWSLETTER}|{_CJK_SIGN_OFF}|{_CJK_FOLLOW}|{_CJK_SLASH_CREDIT}|"
    r"发布时间|發佈時間|发布日期|"
    # the phrases of the rules for apps, paywalls, cookies, comment boxes and captions' credits
    r"ติดตามข่าวสาร|アプリで|下載|ऐप डाउनलोड|लेटर सब्सक्राइब|इनबॉक्स में|有料記事|残り|เว็บไซต์นี้ใช้คุกกี้|登入後|"
    r"로그인 후 댓글|動画を再生|登录后|আরও পড়ুন|আরো পড়ুন|আরও দেখুন|और पढ़ें|यह भी देखें|"
    r"作者系|作者为|作者是|文明上网|로그인(?:하고|하시면|해야) 댓글|"
    r"เข้าสู่ระบบเพื่อ|にはログイン|メールアドレスが公開|地址不会被公开|地址不會被公開|이메일 주소는 공개|"
    r"ภาพ\s*[:：]|제공|DB|撮影|ছবি|फोटो|फ़ोटो|资料图片|資料照片|资料照片|[摄攝]\s*[)）]|"
    r"(?:ดูคลิป|คลิป|วิดีโอ|视频|視頻|影片|影音|動画|映像|영상|동영상|वीडियो|ভিডিও|வீடியோ|వీడియో)\s*[:：|]"
)


def may_hold_phrases(text: str) -> bool:
    """Whether a sentence of ``text`` could be boilerplate found by phrase rather than by word
    (Chinese, Japanese, Korean): the trigger-word test of :func:`trigger_words` for those scripts."""
    return not text.isascii() and _PHRASE_SCRIPT.search(text) is not None and _CJK_HINT.search(text) is not None


_COMMENT_FORM = re.compile(
    r"\b(?:your email address will not be published|required fields are marked|save my name, email|"
    r"notify me of (?:follow-up comments|new posts)|this site uses akismet|"
    r"you must be logged in to (?:post a )?comment|address never made public|"
    # "You must login or create an account to comment." (ending there: not "... to post a comment on the ministry's
    # website, officials said"), "Sorry, we can't load comments right now.", "blog comments
    # powered by Disqus", "Example Magazine moderates comments to facilitate an informed, ... conversation"
    r"you must (?:be logged in|log ?in|sign in)(?: or (?:create an account|register))? to (?:post |leave |add )?"
    r"(?:a )?comment(?=\s*[.!]?\s*(?:$|(?-i:[A-Z])))|we can(?:['’]|no)t load (?:the )?comments\b|"
    r"comments powered by disqus|\bmoderates comments to (?:facilitate|foster|ensure|keep)\b|"
    r"devi essere connesso per inviare un commento|vous devez (?:être connecté|vous connecter) pour publier|"
    r"debes (?:iniciar sesión|estar registrado) para (?:comentar|publicar)|alamat takkan pernah dipublikasikan|"
    r"^(?:all )?comments are moderated|zaloguj się, aby (?:dodać|napisać) komentarz|melde dich an, um zu kommentieren|"
    r"connectez-vous pour commenter|inicia sesión para comentar|"
    # more languages and phrasings: "Join the conversation — 27 comments", "Zum Posten müssen Sie angemeldet
    # sein", "Log in om te reageren", "Yorum yapabilmek için giriş yapmalısınız", "Đăng nhập để bình luận"
    r"join the conversation\W+\d+ comments?|"
    r"zum (?:posten|kommentieren) m(?:ü|ue)ssen sie (?:angemeldet|eingeloggt) sein|"
    r"vous devez être connectée? pour (?:commenter|réagir)|para comentar,? (?:inici[aá]|inicie) sesi[oó]n|"
    r"(?:tem|precisa) de iniciar sess[aã]o para comentar|faça login para comentar|"
    r"(?:log|meld) (?:je )?(?:in|aan) om te reageren|"
    r"щоб залишити коментар,? увійдіть|чтобы оставить комментарий,? (?:войдите|авторизуйтесь)|"
    r"yorum yap(?:abilmek|mak) için giriş yap(?:malısınız|ın)|đăng nhập để bình luận|vstoupit do diskuse|"
    r"نظرات (?:حاوی|شامل) توهین|"
    # a prompt to sign in before commenting, a rule of who may: "Sign in or create your free account to join the
    # conversation", "Melden Sie sich an, um zu kommentieren.", "Reageren is alleen mogelijk voor abonnees.",
    # "Pro přidání komentáře se musíte přihlásit.", "Login untuk berkomentar."
    r"^(?:please )?(?:sign|log) in(?: or (?:create|register)[\w ]{0,30}?)? to (?:join the conversation|"
    r"(?:post a |leave a |add a )?comment)|"
    r"^comments may take (?:up to )?(?:\w+ ){0,2}(?:minutes?|hours?) to appear|"
    r"melden sie sich an,? um (?:zu kommentieren|einen kommentar zu schreiben)|"
    r"^(?:reageren|kommentieren|commenter|comentar|commentare|komentowanie|diskutovat|yorum yapmak)\b[^.]{0,30}"
    r"\b(?:alleen|nur|uniquement|réservé|solo|sólo|solamente|apenas|tylko|pouze|sadece) "
    r"(?:mogelijk |möglich |possible |posible |possibile |possível |możliwe |možné |mümkün )?"
    r"(?:voor|für|aux|a|para|per|dla|pro|için) (?:abonnees|abonnenten|abonnés|suscriptores|abbonati|assinantes|"
    r"subskrybentów|předplatitele|aboneler)|"
    r"^do diskuse mohou přispívat (?:pouze|jen) (?:předplatitelé|přihlášení)|"
    r"^pro přidání komentáře se musíte přihlásit|"
    r"^yorum (?:yazmak|yapmak|eklemek) için giriş yap\w*|"
    r"\bcommitted to maintaining a (?:lively|civil|respectful)[\w ,]{0,30} forum for discussion|"
    r"\blogin untuk berkomentar|^berikan komentar anda dengan bijak|"
    r"^ý kiến của bạn sẽ được biên tập|^lascia un commento\W*$|il tuo indirizzo email non sarà pubblicato|"
    # "your e-mail address will not be published" as comment forms print it in more languages, and the rules
    # they state: "Adresa ta de email nu va fi publicată.", "Deine E-Mail-Adresse wird nicht veröffentlicht.",
    # "Komentar akan dimoderasi", "We invite you to use our commenting platform ..."
    r"adresa ta de e-?mail nu va fi publicată|tu dirección de correo electrónico no (?:será|se) publicad[oa]|"
    r"votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|"
    r"(?:deine|ihre) e-?mail-adresse wird nicht veröffentlicht|(?:o )?seu (?:endereço de )?e-?mail não será publicado|"
    r"twój adres e-?mail nie zostanie opublikowany|ваш (?:адрес )?e-?mail не будет опубликован|"
    r"az e-?mail (?:címed|címet) nem (?:lesz publikálva|tesszük közzé)|alamat e-?mail anda tidak akan dipublikasikan|"
    r"e-?mail của bạn sẽ không được hiển thị công khai|η διεύθυνση (?:του )?e-?mail σας δεν δημοσιεύεται|"
    r"^komentar akan dimoderasi|\bwe invite you to use our commenting platform|"
    r"^(?:ver|mostrar|leer|ler) (?:os |los )?comentários?\W*$|^(?:ver|mostrar|leer) (?:los )?comentarios\W*$|"
    r"^join the conversation\W*$|"
    # a prompt to report a mistake, comment forms: "Vous avez trouvé une erreur? Merci de nous la signaler.",
    # "Um kommentieren zu können, müssen Sie angemeldet sein.", "Bitte beachten Sie unsere Netiquette."
    r"^um (?:zu )?kommentieren(?: zu können)?,? müssen sie (?:angemeldet|eingeloggt|registriert) sein|"
    r"^kommentieren sie (?:diesen|den) (?:artikel|beitrag)|beachten sie unsere netiquette)\b|"
    r"^(?:vous avez (?:trouvé|repéré) une (?:erreur|faute)|¿(?:has|ha) (?:encontrado|visto) un error|"
    r"hai trovato un errore|encontrou um erro|fout gezien|znalazłeś błąd|нашли ошибку|знайшли помилку|"
    r"kļūda rakstā|pamanījāt kļūdu|pastebėjote klaidą|märkasid viga|našli jste chybu|našli ste chybu|"
    r"забелязахте грешка|ai găsit o greșeală|"
    # with where the error is: "Našli jste v článku chybu?", "Har du hittat ett fel i texten?"
    r"našli (?:jste|ste) v (?:článku|textu) chybu|har du hittat (?:ett )?fel i (?:texten|artikeln)|"
    r"har du fundet en fejl i (?:artiklen|teksten)|"
    r"har du (?:tips eller )?funnet (?:en )?feil i (?:saken|artikkelen|teksten)|"
    r"εντοπίσατε (?:κάποιο )?λάθος στο (?:κείμενο|άρθρο)|huomasitko virheen jutussa|"
    r"hibát (?:talált|találtál) a cikkben|(?:pronašli|uočili) ste (?:pogrešku|grešku) u (?:tekstu|članku)|"
    r"уочили сте грешку у тексту|ste opazili napako v članku)\s*[?;]|"
    # how to report it, with the site's tool: "Iezīmējiet tekstu un spiediet Ctrl+Enter, lai nosūtītu ... redaktoram!"
    r"\bctrl\s*\+\s*enter\b.{0,120}\b(?:fragment\w*|фрагмент\w*|redakt\w*|редакц\w*|editors?|ошибк\w*|"
    r"помилк\w*|kļūd\w*|klaid\w*|chyb\w*|błęd\w*|error|mistake|typo)|"
    r"\b(?:fragment\w*|фрагмент\w*|text\w*|tekst\w*|текст\w*)\b.{0,60}\bctrl\s*\+\s*enter\b",
    _FLAGS,
)
# The comments' rules and a reprint notice, notices of the site's own, which go sentence by sentence where
# they are glued to the story: "Los comentarios publicados son de exclusiva responsabilidad de sus autores", "Enviar un
# comentario implica la aceptación del Reglamento."
_COMMENT_RULES = re.compile(
    r"^\W*(?:comments|los comentarios|les commentaires|i commenti|os comentários)\b[^.]{0,40}\b(?:sole |exclusiva |"
    r"seule |esclusiva |exclusiva )?(?:responsibility|responsabilidad|responsabilité|responsabilità|"
    r"responsabilidade)(?: exclusiva| exclusive| esclusiva)? (?:of|de|di|dei|dos) (?:their|sus|leurs|loro|seus) "
    r"(?:authors|autores|auteurs|autori)"
    # the notice ends there or goes on with what the site disowns; not "..., the judge recalled."
    r"(?:\W*$|\s+(?:and|y|et|e)\s+(?:do(?:es)? not|don't|may|can|no|ne|n'|non|não|pueden|peuvent|possono|podem|"
    r"ser[áa]n?|seront|saranno|(?:the |las |les |le |as |os |i )?(?:consequences|consecuencias|conséquences|"
    r"conseguenze|consequências))\b)|"
    r"^(?:enviar|publicar) un comentario implica (?:la )?aceptaci[óo]n (?:del|de las|de los) (?:reglamento|normas|"
    r"condiciones|términos)\b[^,]{0,60}$|"
    # the site disowns its readers' views: "The views expressed in the comments are not those of ...", "الآراء
    # الواردة أدناه لا تعبر عن رأي الموقع"
    r"^(?:the )?(?:views|opinions) expressed (?:in (?:the |these )?comments|below|by (?:readers|commenters|users))\b"
    r"[^.]{0,80}\b(?:not|own|solely)\b|"
    r"^\W*(?:الآراء|التعليقات)\s+(?:الواردة|المنشورة)[^.]{0,40}\s+لا\s+(?:تعبر|تعكس)|"
    r"^(?:posting|submitting) a comment (?:means|implies) (?:you accept|acceptance of) (?:the|our|these) "
    r"(?:\w+ ){0,2}(?:rules|terms|guidelines|policy|policies)\b[^,]{0,60}$",
    _FLAGS,
)
_COMMENT_FORM_WORDS = frozenset(
    {"email", "published", "required", "save", "notify", "akismet", "logged", "connesso", "connecter",
     "connecté", "sesión", "registrado", "dipublikasikan", "moderated", "zaloguj", "melde", "connectez",
     "inicia", "enviar", "publicar", "posting", "submitting", "responsibility", "responsabilidad", "responsabilité",
     "responsabilità", "responsabilidade", "conversation", "posten", "kommentieren", "connectée", "comentar",
     "reageren", "коментар", "комментарий", "yorum", "bình", "diskuse", "توهین", "erreur", "faute", "encontrado",
     "errore", "encontrou", "fout", "znalazłeś", "ошибку", "помилку", "netiquette", "comment", "comments",
     "kļūda", "kļūdu", "klaidą", "viga", "chybu", "грешка", "greșeală", "ctrl", "views", "opinions", "الآراء",
     "التعليقات", "fel", "fejl", "feil", "λάθος", "virheen", "hibát", "pogrešku", "grešku", "грешку", "napako",
     "melden", "abonnees", "abonnenten", "abonnés", "suscriptores", "abbonati", "assinantes", "subskrybentów",
     "předplatitelé", "předplatitele", "přihlášení", "přihlásit", "aboneler", "giriş", "berkomentar", "komentar",
     "biên", "commento", "pubblicato", "comentários", "comentarios", "forum", "mail", "correo", "commenting"}
)  # fmt: skip
# A site's notes on its comments and its copies, each opening its line or sentence (read with match, at once):
# "Note: we are temporarily moderating all comments ...", "Comment count on this article reflects ...",
# "Share your thoughts in the comments below.", "For corrections, contact us.", "Para comentar debés activar
# tu cuenta", comment notices of Portuguese and Spanish sites, community rules, a reprint notice.
_SITE_NOTES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "navigation",
        re.compile(
            r"(?:note:\s*)?we(?: are|'re|’re) (?:temporarily|currently) moderating (?:all )?(?:new |incoming )?"
            r"comments|"
            r"comment count on this (?:article|story|page|post) reflects|"
            r"(?:share|leave|tell us) your (?:thoughts|views|comments|opinions?) (?:in the comments(?: section)?|below)"
            r"(?: below)?\W*$|"
            r"for (?:feedback|complaints|inquiries|enquiries|corrections)\b[^.]{0,40}\bcontact us|"
            r"para comentar,? (?:es necesario|hay que) (?:estar registrado|registrarse|iniciar sesión)|"
            r"para comentar,? (?:debés|debes|tenés que|tienes que) (?:activar|iniciar sesión|registrarte|"
            r"estar registrado)|"
            # an empty comment section: "No comments yet. Be the first to comment.", "Bu habere henüz yorum
            # yapılmamış. İlk yorumu siz yapın."
            r"(?:there are )?no comments yet\b|be the first to (?:comment|reply|leave a comment)\b|"
            r"(?:sé|se) el primero en comentar\b|soyez (?:le premier|la première) à (?:commenter|réagir)\b|"
            r"sii il primo a commentare\b|seja o primeiro a comentar\b|bądź pierwszy\b|"
            r"(?:bu habere )?henüz yorum yapılmamış|ilk yorumu (?:siz )?yap|"
            r"будьте первым, кто (?:оставит|прокомментирует)|"
            r"jadilah yang pertama (?:berkomentar|mengomentari)|hãy là người đầu tiên bình luận|"
            # an embedded post or video left as its placeholder: "Empfohlener redaktioneller Inhalt: ...", "Ce
            # contenu est bloqué car ...", "View this post on Instagram", "A post shared by ..."
            r"empfohlener redaktioneller inhalt\b|externen inhalt (?:anzeigen|laden|zulassen)\b|"
            r"ce contenu est bloqué\b|questo contenuto non è disponibile\b|este contenido no está disponible\b|"
            r"ver (?:essa|esta) (?:foto|publicação|publicación) (?:no|en) instagram|"
            r"view this (?:post|photo) on instagram|"
            r"(?:um post|a post|une publication|una publicación|ein beitrag) (?:compartilhado|shared|partagée|"
            r"compartida|geteilt) (?:por|by|par|von)\b|"
            r"externer inhalt\s*:|deze inhoud kan (?:helaas )?niet (?:getoond|worden getoond)|zobacz wideo\s*:",
            _FLAGS,
        ),
    ),
    (
        "legal",
        re.compile(
            r"(?:os comentários não representam a opinião d[oa] (?:site|portal|jornal|veículo)|los comentarios no "
            r"representan la opinión (?:de este|del) (?:medio|sitio|diario))\b|"
            r"community (?:rules|guidelines|standards) apply to (?:all )?(?:the )?content (?:that )?you "
            r"(?:upload|submit|post)\b|"
            r"this (?:copy|article|content) is for your personal,? non-?commercial use only\b",
            _FLAGS,
        ),
    ),
    (
        "navigation",
        # a prompt for readers' tips: "Heb je een tip? Mail ons ...", "Haben Sie einen Hinweis?" (the English
        # "Got a news tip?" is a promo's)
        re.compile(
            r"(?:heb je|hebt u|heeft u) een tip\b|"
            r"(?:haben sie|hast du) (?:einen hinweis|eine info|einen tipp)\b|vous avez une info\b",
            _FLAGS,
        ),
    ),
    (
        "navigation",
        # a story still being written: "This story is developing.", "Новина доповнюється.", "Notizia in
        # aggiornamento", "Artikel wird laufend aktualisiert"
        re.compile(
            r"^\W*(?:this (?:is a )?(?:story|article|report) (?:is )?(?:developing|being updated|will be updated)|"
            r"this is a (?:developing|breaking) (?:story|news story)|"
            r"(?:der |dieser )?(?:artikel|beitrag|text) wird (?:laufend |fortlaufend |ständig )?aktualisiert|"
            r"(?:cet )?article (?:en cours d'actualisation|sera (?:mis à jour|actualisé))|"
            r"(?:noticia|información) en (?:desarrollo|ampliación|actualización)|"
            r"notícia em (?:atualização|desenvolvimento)|"
            r"notizia in (?:aggiornamento|via di aggiornamento)|(?:het )?artikel wordt (?:aangevuld|bijgewerkt)|"
            r"новость (?:дополняется|обновляется)|новина (?:доповнюється|оновлюється)|"
            r"wiadomość (?:jest )?aktualizowana|haber güncelleniyor|berita ini (?:akan )?(?:terus )?diperbarui|"
            r"tin (?:đang )?được cập nhật)\W*$",
            _FLAGS,
        ),
    ),
)
_SITE_NOTE_WORDS = frozenset(
    "moderating reflects thoughts views comments feedback complaints inquiries enquiries corrections comentar "
    "comentários comentarios community commercial noncommercial comment comments comentar commenter réagir "
    "empfohlener externen bloqué contenuto contenido instagram compartilhado shared partagée compartida geteilt "
    "externer inhoud zobacz "
    "commentare pierwszy yorum yorumu первым berkomentar mengomentari bình "
    "developing updated aktualisiert actualisation actualisé desarrollo ampliación actualización atualização "
    "desenvolvimento aggiornamento aangevuld bijgewerkt дополняется обновляется доповнюється оновлюється "
    "aktualizowana güncelleniyor diperbarui cập tip tipp hinweis info".split()
)
# Notices of the page, alone on their lines, that no trigger word announces (their words are prose's too:
# "browser", "said"): each is read only where a cheap test of the text lets it (:func:`page_note`), and each
# must fill its sentence (a story's sentence opens with the same words: "Update your browser now, Google
# warns after ...", "Real-time prices provided by Refinitiv showed ...").
# The site's word on the reader's browser: "We've detected you are on Internet Explorer. For the best
# experience, please update to a modern browser.", "Ihr Browser ist veraltet." Each sentence of the paragraph
# must be one (a story's "Your browser is out of date if ... Here is how to check ..." is no notice).
_BROWSER_SENTENCE = (
    r"(?:(?:note|attention|warning|important|hinweis|achtung|sorry)\W+)?"
    r"(?:for (?:the|a) (?:best|better|full) (?:[^,.!?]|\.(?=\w)){0,40}experience,?\s*|"  # ("Example.com experience")
    r"to (?:view|use|see|read) this (?:site|page|website|content)[^,.!?]{0,20},?\s*)?(?:"
    r"we(?:'ve|’ve| have) detected (?:that )?you(?:'re|’re| are) (?:using|on) (?:internet explorer|an? "
    r"(?:outdated|old|older|unsupported) (?:version of (?:your |the )?)?(?:web )?browser)|"
    r"you(?:'re|’re| are) (?:using|on) an? (?:outdated|old|older|unsupported) (?:version of (?:your |the )?)?"
    r"(?:web )?browser|"
    r"please (?:update|upgrade|use) (?:to )?(?:your (?:web )?browser|a (?:modern|newer|supported|more recent|"
    r"different) (?:web )?browser)|"
    r"your (?:web )?browser (?:is (?:out of date|outdated|not supported|no longer supported|unsupported)|"
    r"(?:does not|doesn't|doesn’t) support)|"
    r"(?:ihr|dein) browser (?:ist veraltet|ist nicht mehr aktuell|wird nicht (?:mehr )?unterstützt)|"
    r"bitte aktualisieren sie ihren browser|"
    r"votre navigateur (?:n['’]est plus à jour|n['’]est pas à jour|est obsolète|n['’]est pas (?:compatible|supporté))|"
    r"(?:tu|su) navegador (?:está desactualizado|no es compatible|no está soportado)|"
    r"(?:seu|o seu) navegador (?:está desatualizado|não é compatível|não é suportado)|"
    r"il tuo browser (?:non è aggiornato|è obsoleto|non è supportato)|"
    r"(?:uw|je) browser is verouderd|ваш браузер (?:устарел|не поддерживается))"
    # its sentence ends before any clause does: not "... unless it was released after 2023", "... si vous ..."
    r"(?:(?!\b(?:if|unless|without|when|since|because|until|after|before|while|wenn|falls|ohne|si|sans|sin|sem|se|"
    r"senza|als|zonder|если|без)\b)[^,;:.!?]){0,50}(?:[.!]+|$)"
)
_BROWSER_NOTICE = re.compile(rf"\W*(?:{_BROWSER_SENTENCE}\s*)+$", _FLAGS)
# A wiki's footer: "This page was last edited on 24 February 2020, at 20:33 (UTC)." (its date and time, a
# short tail at most)
_WIKI_FOOTER = re.compile(
    r"\W*(?:this page was last (?:edited|modified) on|"
    r"diese seite wurde zuletzt am .{1,40} (?:bearbeitet|geändert)|"
    r"cette page a été modifiée pour la dernière fois le|"
    r"esta página (?:se editó|fue editada|foi editada|foi modificada) (?:por|pela) última vez|"
    r"questa pagina è stata modificata per l['’]ultima volta il|"
    r"deze pagina is (?:het )?laatst (?:bewerkt|gewijzigd) op|"
    r"эта страница (?:в )?последний раз (?:была )?(?:отредактирована|изменена))"
    r".{0,80}$",
    _FLAGS,
)
# A market data box's notice: "Quotes delayed at least 15 minutes.", "Kurse 15 Min. verzögert"
_QUOTES_DELAYED = re.compile(
    r"\W*(?:(?:(?:all )?(?:(?:stock|market|price|index) )?(?:quotes|data|prices|quote data) (?:are |is )?delayed "
    r"(?:by )?(?:at least |up to |a minimum of )?\d{1,2} ?(?:min|mins|minutes)|"
    r"(?:real-time|realtime|market|stock|index) (?:quotes|prices|data|last sale data) (?:are |is )?provided by "
    r"(?-i:[A-Z\d])[\w&'’.-]*(?: (?-i:[A-Z\d&])[\w&'’.-]*){0,5}|"  # by a name, no more: not "by LSEG showed ..."
    r"(?:alle )?kurse (?:sind )?(?:mindestens |um )?\d{1,2} ?(?:min\.?|minuten) verzögert|"
    r"(?:les )?cours (?:sont )?différés de \d{1,2} ?(?:min|minutes)|"
    r"(?:las )?cotizaciones con (?:un )?retraso de \d{1,2} minutos|"
    r"(?:as )?cotações com (?:um )?atraso de \d{1,2} minutos)"
    r"\.?(?:\s+|$))+$",  # notices only, to the line's end: "Quotes delayed ... Real-time quotes provided by ..."
    _FLAGS,
)
# The blog's platform in its footer: "Minecraft News | Powered by Tumblr", "Proudly powered by WordPress"
_POWERED_BY = re.compile(
    r"(?:[^|·•\n]{1,60}[|·•]\s*)?(?:(?:proudly|comments|website|site|blog) )?powered by (?:wordpress(?:\.com)?|tumblr|"
    r"blogger|ghost|drupal|disqus|joomla!?|medium|squarespace|wix(?:\.com)?|hugo|jekyll|substack|vbulletin|phpbb|"
    r"discourse|typepad|movable type|weebly)\.?\s*(?:[|·•][^|·•]{0,60})*$|"  # the footer's other items after bars
    r"blog at wordpress\.com\.?$",
    _FLAGS,
)
# A blog comment's heading: "Olivia (GiveWell) on October 4, 2018 at 10:58 am said:" (a name of three words
# at most, a nickname in brackets or not; not a story's "Police Chief Jane Example on May 4 ... said:")
_BLOG_COMMENT_HEADING = re.compile(
    r"[^\W\d][\w.'’-]*(?: [\w.'’-]+){0,2}(?: \([^()]{1,40}\))?\s+(?:on\s+)?"
    rf"(?:{_DATE_IN_WORDS}|{_DATE_IN_FIGURES})\s*(?:,\s*)?(?:at|@|-|um|à|a las|às|alle|om)?\s*"
    r"\d{1,2}[:.]\d\d\s*(?:a\.?m\.?|p\.?m\.?|h|uhr)?\s*(?:said|says|wrote|sagt|schrieb|dit|a écrit|dice|"
    r"escribió|disse|escreveu|schreef|napisał|написал)\s*:\s*$",
    _FLAGS,
)
# The comment form's notice to a reader not logged in: "You must be logged in to post a comment."
_LOGIN_TO_COMMENT = re.compile(
    r"\W*you must (?:be )?(?:log(?:ged)? ?in|signed in|sign in|registered)(?: or register)? to (?:post|leave|add|"
    r"write|reply)(?: a (?:comment|reply))?(?: to this (?:topic|post|article|story))?\W*$",
    _FLAGS,
)
PAGE_NOTE_CHARS = 300


def page_note(text: str) -> str | None:
    """Why a short paragraph is one of the page's notices: a blog comment's heading, the blog's platform,
    the comment form's login notice, the site's word on the reader's browser, a wiki's footer, a market
    data box's delay; or None."""
    if text.endswith(":") and _BLOG_COMMENT_HEADING.match(text):
        return "comments"
    if ("owered by" in text or "at WordPress" in text) and _POWERED_BY.match(text):
        return "navigation"
    if "log" in text and _LOGIN_TO_COMMENT.match(text):
        return "navigation"
    browser = "rowser" in text or "navigat" in text or "navegador" in text or "раузер" in text
    if browser and _BROWSER_NOTICE.match(text) and not _reads_as_reporting(text):
        return "navigation"
    if _WIKI_FOOTER.match(text):
        return "navigation"
    if _QUOTES_DELAYED.match(text):
        return "legal"
    return None


_WORD = WORD  # letters, digits and their marks
_FIGURE = re.compile(r"\d")
# Thai and Lao write no full stop: a long run of their text that ends in a letter ends a sentence.
UNPUNCTUATED_SENTENCE_CHARS = 40
# The publisher speaking to the reader: "we", "our", "us" outside quotations.
_PUBLISHER_VOICE = re.compile(r"\b(?:we|our|us|you|your)\b", _FLAGS)
_QUOTED = re.compile(r"[“\"][^”\"“]{0,600}[”\"]")  # bounded: an unclosed quote must not cost quadratic time
# Words of a publisher talking about its own work (not a financial adviser talking about contributions).
_APPEAL_WORDS = re.compile(
    r"\b(?:journalism|journalists|reporters|newsroom|paywalls?|donat\w+|subscri\w+|Journalismus|journalisme|periodismo)\b",
    _FLAGS,
)


# Rules for other languages' boilerplate, each run only when a word of its own occurs: long unanchored
# alternations are read at every position of a paragraph, so those of English text must not carry
# them (the first rule that fires still names the reason; these come after the reason's own rule).
_OTHER_LANGUAGES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "promo",
        re.compile(
            r"\b(?:"
            # a paywall's note and a call to subscribe in other languages ("Dieser Artikel ist nur für
            # Abonnenten verfügbar.", "Cet article est réservé aux abonnés.")
            r"\b(?:artikel|beitrag|text|article|contenu|artículo|contenido|articolo|artigo|conteúdo|artykuł|tekst|"
            rf"материал|статья)\b[^.!?]{{0,40}}?(?:{_PAYWALL})|^(?:{_PAYWALL})(?=\W*$)|"
            r"abonnez-vous pour (?:lire|continuer)|bültenimize abone olun|^abone olun(?=\W*$)|"
            r"volg ons op \w+|obserwuj nas na \w+|"
            r"bizi (?:[\w'’]+ ){0,2}takip edin(?=\W*$)|"
            r"(?:подписывайтесь|подпишитесь) на нас|следите за нами|"
            r"(?:laden sie|lade dir) unsere (?:\w+ )?app|téléchargez notre appli(?:cation)?|descarga nuestra app|"
            r"scarica la nostra app|baixe (?:o )?nosso aplicativo|download onze app|"
            # the same in German, French, Spanish, Italian, Portuguese and Dutch ("Dieser Artikel erschien
            # zuerst auf ...")
            r"^(?:dieser (?:artikel|beitrag) (?:wurde|erschien) (?:zuerst|ursprünglich)|"
            r"cet article a (?:été publié|paru) (?:initialement|d'abord|pour la première fois)|"
            r"este artículo (?:fue publicado|se publicó|apareció) (?:originalmente|originariamente|por primera vez)|"
            r"questo articolo è stato pubblicato (?:originariamente|originalmente|per la prima volta)|"
            r"este artigo foi (?:publicado (?:originalmente|inicialmente|pela primeira vez)|originalmente publicado)|"
            r"dit artikel verscheen (?:eerder|oorspronkelijk))"
            r"(?!.*\b(?:19|20)\d\d\b)"
            r")\b",
            _FLAGS,
        ),
        frozenset(
            "volg obserwuj takip подписывайтесь подпишитесь следите laden lade téléchargez descarga scarica baixe "
            "aplicativo download zuerst ursprünglich publié paru publicado publicó apareció pubblicato verscheen "
            "abonnenten abonnentinnen abonnés suscriptores assinantes socios abbonati abonnees prenumeratorów "
            "subskrybentów подписчиков abonnez abone".split()
        ),
    ),
    (
        "promo",
        re.compile(
            # the site's own app, and its alerts, in more languages: "Muat turun aplikasi kami untuk berita terkini",
            # "Vrei să primești notificări cu cele mai importante știri?"
            rf"^(?=[^.!?]{{0,120}}?(?:{_OUR_APP}))(?:téléchargez|descarga|descargue|descárgate|descargá|"
            r"scarica|baixe|"
            r"muat turun|unduh|stáhněte si|stiahnite si|"
            r"töltse le|töltsd le|descarcă|descărcați|lataa|last ned|ladda ner|installez|instale|установите|"
            r"скачайте|завантажте|встановіть)\b[^.!?]{0,30}?(?<!\w)(?:l['’])?(?:app|appen|appli(?:cation)?|aplicación|"
            r"aplicativo|applicazione|aplikasi|aplikaci|aplikáciu|alkalmazás\w*|aplicația|sovellu\w*|приложение|"
            rf"застосунок)(?!\w)[^.!?]{{0,60}}{_NEWS_WORD}|"
            r"^(?:turn on|enable|activez|active|ative|activa|attiva|aktivieren sie|aktiviere|włącz|zapněte|"
            r"kapcsolja be|activează|vrei să primești|увімкніть|включите)\b[^.!?]{0,30}?(?<!\w)(?:les |as |las |le |"
            r"die )?(?:notifications|notificações|notificaciones|notifiche|benachrichtigungen|push-mitteilungen|"
            rf"powiadomienia|oznámení|értesítéseket|notificări|сповіщення|уведомления)(?!\w)[^.!?]{{0,60}}{_NEWS_WORD}"
            r"[^.!?]{0,40}\?",  # (a question to the reader: not a public service's advice)
            _FLAGS,
        ),
        frozenset(
            "téléchargez descarga descargue descárgate descargá scarica baixe muat unduh stáhněte stiahnite töltse "
            "töltsd descarcă descărcați lataa last ladda installez instale установите скачайте завантажте встановіть "
            "turn enable activez active ative activa attiva aktivieren aktiviere włącz zapněte kapcsolja activează "
            "vrei увімкніть включите".split()
        ),
    ),
    (
        "newsletter",
        re.compile(
            # the inbox of other languages, beside a newsletter word or after a line's "receive" ("Recibe
            # cada mañana las noticias en tu correo"; not a warning about a scam mail "en tu correo")
            r"\b(?:"
            rf"(?:^(?:recibe|recevez|receba|ricevi|erhalten sie|ontvang)\b|{_LETTER_WORDS})[^.!?]{{0,80}}{_INBOX}|"
            rf"{_INBOX}[^.!?]{{0,80}}{_LETTER_WORDS}"
            r")\b",
            _FLAGS,
        ),
        frozenset("correo bandeja boîte postfach casella mail email inbox mailbox caixa".split()),
    ),
    (
        "credit",
        re.compile(
            # a caption's credit after it without brackets: "... przy nabrzeżu. Fot. Marek Przykład", "Fot.
            # PAP/Tomasz Example"
            r"\b(?:fot\.|zdj\.|foto:|фото:)\s*(?-i:[A-ZÀ-ÞŁŚŻŹĆА-Я])[\w'’./-]*(?:\s+(?-i:[A-ZÀ-ÞŁŚŻŹĆА-Я/])[\w'’./-]*){0,3}\s*$",
            _FLAGS,
        ),
        frozenset("fot zdj foto фото".split()),
    ),
)
# Notices that the rules above miss, each run only when a word of its own occurs: the read-also labels of
# more languages, prompts to a site's channels, apps, podcasts and tip lines, wire and syndication
# notes, captions' credits in brackets or after a label, opinion disclaimers and reuse notices.
_NOTICES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "promo",
        re.compile(
            # a site's channels, apps, podcasts and tip lines in more languages: "Rejoignez la chaîne WhatsApp
            # de ...", "Únase al canal de WhatsApp de ...", "Kövesse a ... oldalát a Facebookon is!",
            # "Pobierz aplikację ...", "Har du tips eller bilder?", "ASCOLTA Il podcast ..."
            r"^rejoignez (?:la|notre) chaîne (?:whatsapp|telegram)\b|^únase al canal de (?:whatsapp|telegram)\b|"
            r"\bentre no nosso canal do (?:whatsapp|telegram)\b|"
            r"^receba as notícias\b[^.]{0,60}\bno seu (?:celular|e-?mail|whatsapp)\b|"
            r"^kövesse (?:a|az)\b[^.]{0,60}\b(?:oldalát|csatornáját)\b[^.]{0,30}\b(?:facebookon|instagramon|"
            r"youtube-on|tiktokon)\b|"
            r"^(?:подписывайтесь|підписуйтесь) на\b[^.]{0,60}\bв (?:дзене|телеграме|вконтакте|vk|telegram)\b|"
            r"\bgoogle news'?(?:te|ta) takip edin\b|\buygulamasını indirin\b|^pobierz aplikację\b|"
            r"^töltse le (?:a|az)\b[^.]{0,60}\b(?:applikációt|alkalmazást)\b|"
            r"^chcete dostávat\b[^.?]{0,60}\?\s*objednejte si předplatné\b|^har du tips(?: eller bilder)?\?|"
            r"^ascolta il podcast\b",
            _FLAGS,
        ),
        frozenset(
            "rejoignez únase unase canal receba kövesse подписывайтесь підписуйтесь takip uygulamasını pobierz "
            "töltse chcete tips ascolta".split()
        ),
    ),
    (
        "promo",
        re.compile(
            # a paywall's offer: "Siga leyendo: Suscríbase y acceda sin límites ...", "Få fuld adgang til ... Prøv
            # 1 måned for 1 kr.", "F+ Exklusiv für Abonnenten: Jetzt 4 Wochen kostenlos testen"
            r"^siga leyendo\s*:\s*suscríbase\b|^få fuld adgang til\b|^(?:\w{1,4}\+\s*)?exklusiv für abonnenten\b|"
            r"\bjetzt \d+ wochen kostenlos testen\b",
            _FLAGS,
        ),
        frozenset("suscríbase adgang exklusiv wochen".split()),
    ),
    (
        "newsletter",
        re.compile(
            # "Få de viktigaste nyheterna ... direkt i mejlen. Anmäl dig till vårt nyhetsbrev.", "Щотижнева розсилка
            # «Книжковий огляд»: ... Підписатися"
            r"\bdirekt i (?:mejlen|din (?:mejl|inkorg|e-post)|inkorgen)\b|\banmäl dig till (?:vårt|våra) nyhetsbrev\b|"
            r"^(?:щотижнева|щоденна) розсилка\b|^(?:еженедельная|ежедневная) рассылка\b|"
            # the news delivered to the reader's inbox, in more languages, the news or the newsletter named
            # before it ("... Nachrichten ... jeden Morgen ins Postfach", "... novada ziņas e-pastā", "... berita
            # terbaru ... langsung di email Anda", "... les notícies del Camp al teu correu"; not a scam's
            # messages that "land straight in your inbox")
            r"^[\w-]*newsletter\s*:\s+[^.!?]{0,120}\b(?:ins|in ihr) postfach\b|"
            rf"(?:{_INBOX_NEWS})[^.!?]{{0,80}}?(?:\be-pastā\b|\blangsung (?:di|ke) (?:e-?mail|kotak masuk) anda\b|"
            r"\bal teu correu\b|\bdirectamente en tu (?:correo|bandeja)\b|"
            r"\bdirectement dans votre boîte (?:mail|e-?mail|de réception)\b|"
            r"\b(?:straight|delivered) to your inbox\b)",
            _FLAGS,
        ),
        frozenset(
            "mejlen mejl inkorg inkorgen anmäl розсилка рассылка postfach e-pastā pastā langsung correu directamente "
            "directement inbox".split()
        ),
    ),
    (
        "credit",
        re.compile(
            # where the story's facts come from: "(Avec Keystone-ATS)", "*Con información de ...", "Πηγή: ΑΠΕ-ΜΠΕ",
            # "With files from The Canadian Press"
            r"^\*?\s*con información de\b[^,.;]{0,80}$|"
            r"^\*?\s*com informações d[aoe]s?\b[^,.;]{0,80}$|^with files from\b[^,;]{0,60}$|"
            r"^πηγή\s*:\s*[^.!?]{2,40}$",
            _FLAGS,
        ),
        frozenset("información informações files πηγή".split()),
    ),
    (
        "legal",
        re.compile(
            # what kind of text the site says this is, and opinion disclaimers: "Det här är en recension. Åsikter
            # i texten är skribentens egna.", "Opiniile exprimate în această rubrică aparțin autorilor ..."
            r"^det(?:te)? (?:här )?(?:är|er) en (?:nyhetsartikel|recension|anmeldelse|krönika|kommentar|ledare|"
            r"debattartikel|analys|analyse|kronikk|leder)\b|\båsikter i texten är skribentens egna\b|"
            r"^opiniile exprimate\b[^.]{0,80}\b(?:aparțin|apartin)\b|"
            r"^les opinions exprimées\b[^.]{0,80}\bn'engagent que\b",
            _FLAGS,
        ),
        frozenset(
            "nyhetsartikel recension anmeldelse krönika kommentar ledare debattartikel analys analyse kronikk leder "
            "åsikter opiniile exprimées".split()
        ),
    ),
    (
        "promo",
        # a video player's label and its title, a line of its own: "VIDEO: The moment the wall gave way",
        # "Видео: ...", "فيديو: ..." (the Thai, Chinese, Japanese, Korean and Hindi ones are phrase rules)
        re.compile(
            r"^\W*(?:videos?|vídeos?|vidéos?|watch|видео|відео|فيديو|ویدئو|ویدیو|וידאו|panoorin|panoorin ang|assista|"
            r"ویڈیو|wideo|zobacz wideo|videó|βίντεο|видеа|tazama)\s*[:：|]\s*\S[^\n]{0,140}$|"
            # "Simak Video "...", "Tonton video: ...", "Xem video: ..." (Indonesian, Malay, Vietnamese)
            r"^\W*(?:simak|tonton|saksikan|xem) video\b\s*(?:[:：]\s*\S[^\n]{0,140}|[\"“][^\"”\n]{3,140}[\"”])$",
            _FLAGS,
        ),
        frozenset(
            "video videos vídeo vídeos vidéo vidéos watch видео відео فيديو ویدئو ویدیو וידאו panoorin assista ویڈیو "
            "wideo videó βίντεο видеа tazama".split()
        ),
    ),
    (
        "credit",
        re.compile(
            # the credit closing a caption: "... aussehen. Visualisierung: Architekturbüro Egli", "... Noorderveld.
            # Beeld Hogeschool Noorderveld", "... w hali MOSiR. Fot. Michał Lis", "... (הדמיה: משרד אדריכלים)",
            # "... ناشران / عکاس: نرگس احمدی"
            r"(?:^|[.!?]\s+)(?:visualisierung|grafik|illustration|photo|foto|фото|bild|fotó|zdjęcie|fotoğraf|kuva|"
            r"φωτογραφία|صورة|תמונה)\s*:\s*[^.!?]{2,60}$|"
            r"(?:^|[.!?]\s+)beeld\s+(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:(?-i:[A-Z])[\w.&'’-]*|&|van|de|der)){0,4}\s*$|"
            r"(?:^|[.!?]\s+)fot\.\s*(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])\S*(?:\s+\S+){0,3}\s*$|"
            r"\((?:הדמיה|צילום|عکس|عکاس|фото|фото\s+автора)\s*[:：]\s*[^()]{2,60}\)\s*$|"
            r"\s/\s*(?:عکاس|عکس)\s*[:：]\s*\S+(?:\s+\S+){0,3}\s*$",
            _FLAGS,
        ),
        frozenset(
            "visualisierung grafik illustration beeld fot הדמיה צילום عکس عکاس фото photo foto bild fotó zdjęcie "
            "fotoğraf kuva φωτογραφία صورة תמונה".split()
        ),
    ),
    (
        "credit",
        re.compile(
            # a gallery's counter and the picture's caption after it: "Foto 3/10: Suasana kelas ...", "Photo 3/8 : Le
            # public ...", "Bilde 2 av 10: ...", "Bild 3 von 12 – ..."; or the gallery's label and counter alone:
            # "Galerija: 1/14"
            r"^(?:photo|foto|fotó|bild|bilde|billede|zdjęcie|фото|εικόνα|φωτογραφία|imagen|immagine|imagem|image|"
            r"picture|kuva|afbeelding|fotoğraf|slide|ảnh|gambar|snímek|fotografie|fotografija|fotografia)\s+"
            r"\d{1,3}\s*(?:/|of|von|de|sur|di|z|из|з|van|af|av|από|iz|od|от|ze|dari|trên|/)\s*\d{1,3}\s*"
            r"(?:[:：|–—-]\s*\S|$)|"
            r"^(?:gallery|photo gallery|galerie|galería|galeria|galleria|galerija|galéria|galerii|галерея|галерија|"
            r"fotogalerie|fotogalerija|fotogaléria|fotogalería|fotogaleria|fotogalleri|bildergalerie|bildgalleri)"
            r"\s*[:|]?\s*\d{1,3}\s*(?:/|of|z|von|de|di|из|iz|od)\s*\d{1,3}$",
            _FLAGS,
        ),
        frozenset(
            "photo foto fotó bild bilde billede zdjęcie фото εικόνα φωτογραφία imagen immagine imagem image picture "
            "kuva afbeelding fotoğraf slide ảnh gambar snímek fotografie fotografija fotografia gallery galerie "
            "galería galeria galleria galerija galéria galerii галерея галерија fotogalerie fotogalerija fotogaléria "
            "fotogalería fotogaleria fotogalleri bildergalerie bildgalleri".split()
        ),
    ),
    (
        "promo",
        re.compile(
            # a site's channels and app in more languages: "Segui le notizie della tua provincia su WhatsApp",
            # "Подписывайтесь на наш Telegram-канал", "Google News'te abone ol", "Veja mais notícias da região"
            r"^segui (?:le|tutte le) notizie\b[^.]{0,80}\bsu (?:whatsapp|telegram|facebook|instagram)\b|"
            r"\bunisciti al nostro canale\b|^veja mais notícias\b[^.]{0,60}$|^vídeos?: mais assistidos\b|"
            r"\bв нашей группе (?:вконтакте|vk)\b|"
            r"^(?:подписывайтесь|підписуйтесь|подпишитесь|підпишіться) на (?:наш|нашу|наши|наші)\b|"
            r"^google news'?te abone ol\b|\buygulamamızı indirin\b",
            _FLAGS,
        ),
        frozenset(
            "segui unisciti veja vídeos vídeo группе подписывайтесь підписуйтесь подпишитесь підпишіться "
            "abone uygulamamızı".split()
        ),
    ),
    (
        "newsletter",
        re.compile(
            # "Recevez gratuitement notre infolettre", "Recibí las noticias en tu mail", "Wetenschap in je
            # mailbox", "... Schrijf je in", "Більше новин культури — у нашій розсилці", "הירשמו לניוזלטר"
            r"^recevez (?:gratuitement )?(?:notre|nos) (?:infolettres?|newsletters?|lettres?)\b|"
            r"^recib[ií] (?:las|nuestras|todas las) (?:noticias|novedades)\b[^.]{0,40}"
            r"\ben tu (?:mail|correo|e-?mail)\b|"
            r"\bin je mailbox\W*$|[.!?]\s+schrijf je in\W*$|"
            r"(?:у нашій розсилці|в нашей рассылке)\W+(?:підписатися|подписаться)\W*$|"
            r"^הירשמו לניוזלטר|\bdaftar newsletter\b",
            _FLAGS,
        ),
        frozenset("recevez recibí recibi mailbox schrijf розсилці рассылке הירשמו daftar".split()),
    ),
    (
        "credit",
        re.compile(
            # a Persian agency's news code and sign-off ("کد خبر: ۴۸۲۱۷۶", "انتهای پیام/"); an editor's line
            r"^کد خبر\s*[:：]\s*[\d۰-۹]+\W*$|^انتهای پیام\W*$|"
            r"^(?:editor|penyunting|redaktur)\s*:\s*(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}$",
            _FLAGS,
        ),
        frozenset("کد انتهای editor penyunting redaktur".split()),
    ),
    (
        "appeal",
        re.compile(
            # a nonprofit's ask: "We're a nonprofit newsroom ...", "Your gift of any size makes all the difference."
            r"^we(?:'re|’re| are) an? (?:independent,? )?(?:nonprofit|non-profit|not-for-profit) (?:newsroom|news "
            r"organi[sz]ation|publication)|^your (?:gift|donation|contribution) of any (?:size|amount)|"
            r"\bis an? (?:member|reader)-supported,? (?:(?:nonpartisan|nonprofit|independent),? )*(?:newsroom|news "
            r"organi[sz]ation)(?: informing| dedicated to| serving|\.)|\bgood journalism costs (?:a lot of )?money",
            _FLAGS,
        ),
        frozenset("nonprofit profit gift supported journalism".split()),
    ),
    (
        "credit",
        # AP's caption: "FILE - In this ... photo, ...", "FILE - ... is seen ...", "FILE - ... (AP Photo/..., File)"
        re.compile(
            r"^(?-i:FILE)\s*[-–—]\s+(?:in this\b|.{0,300}\((?:ap |afp |reuters )?photo\b[^)]{0,80}\)\s*$|"
            r".{0,200}\b(?:is|are|was|were) (?:seen|pictured|shown)\b)",
            _FLAGS,
        ),
        frozenset(("file",)),
    ),
    (
        "promo",
        re.compile(
            # read-also labels: "Mirá también", "Haberin devamı: ...", "Simak juga video ..."
            r"^(?:mirá también|ilginizi çekebilir|baca selengkapnya|simak juga (?:video|berita|artikel)|"
            r"[اإ]قرأ (?:المزيد|أيضا|أيضاً)|طالع (?:أيضا|أيضاً)|أخبار ذات صلة)(?!\w)|"
            # labels whose words also open a sentence ("Zie ook het besluit ...", "Noticias relacionadas con el
            # narcotráfico crecieron ..."): before a colon or alone
            r"^(?:le puede interesar|saiba mais|siehe auch|weiterlesen|vedi anche|zie ook|"
            r"przeczytaj (?:też|także|również)|sprawdź (?:też|także|również)|zobacz również|ayrıca (?:okuyun|bakınız)|"
            r"lihat juga|más información|mais informações|подробнее|ilgili haber(?:ler)?|haberin devamı|"
            r"notícias relacionadas|noticias relacionadas|شاهد (?:أيضا|أيضاً))(?=\s*(?:[:›»|]|$))",
            _FLAGS,
        ),
        frozenset(
            "interesar mirá saiba siehe weiterlesen vedi zie przeczytaj sprawdź również ilginizi haber haberin ayrıca "
            "lihat simak selengkapnya baca اقرأ إقرأ طالع شاهد صلة relacionadas información informações "
            "подробнее".split()
        ),
    ),
    (
        "promo",
        re.compile(
            # a site's channels: "Join our WhatsApp channel", "Siga o canal do g1 no WhatsApp" (not "Police urged
            # residents not to join the Telegram channel")
            r"\bjoin our (?:[\w'’-]+ ){0,3}(?:whatsapp|telegram|signal|viber) (?:channel|group|community)\b|"
            r"\bsiga o canal (?:d[oa] )?[^.!?]{0,40}\bno (?:whatsapp|telegram)\b|"
            r"\búnete a nuestro canal de (?:whatsapp|telegram)\b|\babonnez-vous à notre chaîne (?:whatsapp|telegram)\b|"
            r"\bikuti (?:saluran|channel) (?:whatsapp|telegram)\b|\bikuti berita terkini [^.!?]{0,40}\bgoogle news\b|"
            r"\btheo dõi (?:chúng tôi )?trên (?:zalo|google news)\b|^تابعونا على|"
            r"\bmari bergabung di (?:grup|channel|saluran) (?:telegram|whatsapp)\b|"
            r"\bakses berita lewat whatsapp channel\b",
            _FLAGS,
        ),
        frozenset("whatsapp telegram signal viber zalo siga únete abonnez ikuti theo تابعونا bergabung akses".split()),
    ),
    (
        "promo",
        # a line opening with the channel's prompt: "JOIN OUR WHATSAPP CHANNEL", "Join us on Telegram"
        re.compile(
            r"^join (?:[\w'’-]+ ){0,3}(?:whatsapp|telegram|signal|viber) (?:channel|group|community)\b|"
            r"^join us on (?:whatsapp|telegram|google news)\b",
            _FLAGS,
        ),
        frozenset(("join",)),
    ),
    (
        "promo",
        re.compile(
            # apps, podcasts and newsletters of one writer: "Download the Harbour 13 News app for ...", "Listen to
            # our daily podcast ... wherever you get your podcasts", "Subscribe for free to receive new posts"
            r"^download (?:our|the) (?:[\w&'’-]+ ){2,4}app\b|"
            r"^(?:listen|subscribe|follow)\b[^.]{0,120}\bwherever you get your podcasts\b|"
            r"^listen to our (?:[\w'’-]+ ){0,4}podcast\b|"
            r"\bsubscribe for free to receive new posts\b|\bto receive new posts and support my work\b|"
            r"\bis a reader-supported publication\b",
            _FLAGS,
        ),
        frozenset("download podcast podcasts posts supported".split()),
    ),
    (
        "promo",
        re.compile(
            # a site's closing line: "(Catch all the Business News ... on The Economic Times.)", "Get Latest
            # Mumbai News along with latest news from India at ..."
            r"^\(?catch all the (?:[\w-]+ ){0,4}news\b|"
            r"^get (?:the )?latest (?:[\w-]+ ){0,3}news along with latest news\b|"
            # a call for tips: "Got a news tip? Contact ...", "Have a story to share? Message us ..."
            r"^(?:got|have you got|do you have) a news tip\b|"
            r"^do you have a (?:story|tip) for (?:the )?(?:[\w'’-]+ ){0,4}[\w'’-]+\?\s*"
            r"(?:email|e-mail|contact|call|message|send)\b|"
            r"^have a (?:news )?(?:tip|story) (?:to share|idea)\? "
            r"(?:contact|email|e-mail|message|send|call|write|tell)\b|"
            # where the piece ran first, with its address or its date: "This article originally appeared in
            # The Harbour Tribune at https://...", "This story was originally published June 9, 2023, 4:38 PM."
            r"^this (?:story|article) (?:was )?originally (?:appeared|published) (?:in|on|at) [^.]{1,80}? at https?://|"
            rf"^this (?:story|article) was originally published (?:on )?(?:{MONTHS})\.? \d{{1,2}},? (?:19|20)\d\d"
            r"(?:,?\s*\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?)?\W*$|"
            r"^artikel ini telah tayang di\b|"
            # a wire's and a site's closing lines: "Follow AP's coverage of ... at https://...", "For the latest
            # news and breaking news visit: https://...", "Send your story ideas to news@...", "Send letters to the
            # editor to ...", "Upgrade to paid", "Should you invest $1,000 in ... right now?"
            r"^follow (?:[\w'’.-]+ ){1,3}coverage of\b[^.]{0,80}\bat https?://|"
            r"^for the latest (?:[\w-]+ ){0,4}(?:news|updates)\b[^.]{0,40}\b(?:visit|go to|follow)\b[^.]{0,20}"
            r"(?:https?://|www\.)|"
            r"^send (?:us )?your (?:story ideas|stories|news tips|tips|photos and videos) to (?:us\b|[\w.+-]+@)|"
            r"^send (?:your )?letters to the editor\b|"
            r"^upgrade to paid\W*$|\.\s+upgrade to paid\W*$|^should you invest \$[\d,]+ in\b|"
            r"^if you (?:liked|enjoyed) this (?:post|article|story|newsletter|piece)\b[^.?!]{0,40}\b(?:share|forward) "
            r"it\b|"
            r"^subscribe to (?:[\w+&.-]+ ){1,4}to (?:get|enjoy) (?:full |unlimited )?access\b",
            _FLAGS,
        ),
        frozenset(
            "catch latest tip story share originally tayang coverage send letters upgrade invest subscribe".split()
        ),
    ),
    (
        "promo",
        re.compile(
            # apps of Spanish and Portuguese sites, and the French paywall: "Sigue toda la información en nuestra
            # app. Descárgala gratis", "Baixe o app do g1 para ver notícias", "La suite est réservée aux abonnés"
            r"^(?:sigue|descarga|descargá|baja)\b[^.]{0,80}\ben nuestra app\b|\bdescárgala gratis\b|"
            r"^\W*baixe o (?:nosso )?app\b[^.]{0,60}\bnotícias\b|\bla suite est réservée aux abonnés\b",
            _FLAGS,
        ),
        frozenset("descárgala baixe abonnés sigue descarga descargá baja".split()),
    ),
    (
        "credit",
        re.compile(
            # wire and syndication notes: "(With inputs from PTI)", "Information from The Associated Press was
            # used in this report.", "(Except for the headline, this story has not been edited by ... staff and
            # is published from a syndicated feed.)", "Transcript provided by NPR, Copyright NPR."
            r"\bhas not been edited by (?:[\w-]+ ){0,3}staff and is (?:auto-generated |published )?from a "
            r"syndicated feed\b|"
            r"^\(?with inputs from (?:[\w&.,-]+ ?){1,6}\)?\.?$|"
            r"^information from (?:the )?(?:[\w&.'’-]+ ){1,6}was used in this (?:report|story|article)\W*$|"
            r"^transcript provided by (?:[\w&.'’-]+ ?){1,5}(?:,\s*copyright\b|\W*$)|"
            # a caption's credit in brackets or after its label: "(Foto LaPresse)", "(fot. Jan Przykład/PAP)",
            # "(Fotoğraf: AA)", "(ANTARA FOTO/Jane Example)", "... sau trận đấu. Ảnh: Hoàng Linh"
            r"^[^.!?]{0,100}\((?:foto|fotoğraf|fot\.|antara foto|dok\.|photo d'(?:illustration|archives)|ph\.|ảnh|"
            r"crédit photo)(?:\s*[:/]\s*|\s+)[^)]{2,80}\)\s*$|^crédits? photos?\s*:|"
            r"^(?:ảnh|crédito|créditos|تصوير|الصورة)\s*:\s*(?!(?-i:[a-zà-ÿđ]))[^.!?:]{2,60}$|"
            # after a dash at a caption's end: "Movimento no centro — Foto: Rodrigo Exemplo/Prefeitura"
            r"\s[—–-]\s+(?:foto|fotos|photo|crédito|imagem|imagen|المصدر)\s*:\s*(?!(?-i:[a-zà-ÿđ]))[^.!?:]{2,80}$|"
            r"[.!?]\s?(?:ảnh|crédito|créditos|تصوير|الصورة)\s*:\s*(?!(?-i:[a-zà-ÿđ]))[^.!?:]{2,60}$",
            _FLAGS,
        ),
        frozenset(
            "syndicated inputs information transcript foto fotoğraf fot antara dok crédito créditos ảnh تصوير "
            "photo ph crédit crédits fotos imagem imagen المصدر "
            "الصورة".split()
        ),
    ),
    (
        "legal",
        re.compile(
            # an opinion's disclaimer: "The views expressed in this article are the author's own."
            r"^(?:the )?(?:views|opinions) expressed (?:in this (?:article|piece|column|post|commentary|op-ed) |"
            r"here |by (?:[\w-]+ ){1,3})?are (?:those of the authors?|the authors?['’]s? own|(?:their|his|her) own|"
            r"solely (?:those of|the authors?['’]s?))\b(?: [\w.'’ -]{1,40}?)??(?: and (?:do|does) not (?:necessarily )?"
            r"(?:reflect|represent)\b[^.]{0,80}| and not (?:those )?of [^.]{1,60})?(?:\.|$)(?!\S)|"
            # reuse notices: "При полном или частичном использовании материалов ссылка на ... обязательна",
            # "É proibida a reprodução ...", "Ghi rõ nguồn khi phát hành lại ...", "Cấm sao chép ..."
            r"\bпри (?:полном или частичном )?(?:использовании|копировании|перепечатке|цитировании) "
            r"материал(?:ов|а)\b[^.]{0,80}\bссылка\b[^.]{0,60}\bобязательна\b|"
            r"\bлюбое (?:использование|копирование|воспроизведение) материалов\b[^.]{0,40}\b(?:допускается|возможно|"
            r"разрешается|запрещено|запрещается|воспрещается)\b|"
            r"\b(?:é|está) proibida a reprodução (?:total ou parcial|deste conteúdo|do conteúdo|desta página)\b|"
            r"\bghi rõ nguồn(?! gốc)\b|\bcấm sao chép (?:dưới mọi hình thức|nội dung)\b",
            _FLAGS,
        ),
        frozenset(
            "expressed использовании копировании перепечатке цитировании reprodução nguồn chép использование "
            "копирование воспроизведение".split()
        ),
    ),
    (
        "legal",
        re.compile(
            # "Disclaimer: The views ... are those of individual analysts", "The Motley Fool has a disclosure
            # policy.", "Our Standards: The Thomson Reuters Trust Principles."
            r"^disclaimer\s*:\s*(?:the |all |any )?(?:views|opinions|information|content|investment)\b|"
            r"^(?:the )?(?:[\w.'’-]+ ){1,4}has a disclosure policy\W*$|^our standards\s*:|"
            # a nonprofit's disclosures: "Disclosure: The Harbour Trust has been a financial supporter of ...",
            # "The Associated Press receives support from ... The AP is solely responsible for all content."
            r"^disclosure\s*:[^.]{0,120}\bfinancial supporters? of\b[^.]{0,80}\b(?:news organi[sz]ation|newsroom)\b|"
            r"\bis solely responsible for all content\W*$|"
            r"\bmay be republished (?:online or in print )?under (?:a )?creative commons\b|"
            r"\bfinancial supporters play no role in\b|"
            r"^(?:the )?(?:[\w.'’-]+ ){1,4}receives (?:financial )?support from (?:[\w.'’&-]+ ){1,6}for (?:its )?"
            r"coverage of\b[^.,]{0,80}\.?\s*$",
            _FLAGS,
        ),
        frozenset("disclaimer disclosure standards solely republished supporters receives".split()),
    ),
    (
        "newsletter",
        re.compile(
            # "Get our local newsletter, delivered free each Friday", the Guardian's "after newsletter promotion",
            # a prompt opening with its label ("Newsletter: Jetzt kostenlos anmelden ...", "Newsletter Clarín:
            # ... Recibir newsletter"), "Zapisz się na nasz newsletter"
            r"^get (?:our|the) (?:[\w-]+ ){0,3}newsletters?\b|^after newsletter promotion\W*$|"
            r"^newsletters?(?:\s+(?-i:[A-Z])[\w.-]*){0,2}\s*:|\brecibir (?:la )?newsletter\b|"
            r"\bzapisz się (?:na|do) (?:nasz|naszego) newslett",
            _FLAGS,
        ),
        frozenset("newsletter newsletters zapisz".split()),
    ),
    (
        "credit",
        re.compile(
            # Arabic credits: "(صورة أرشيفية)" (a file photo), "(رويترز)", "المصدر: الجزيرة + وكالات", "- تصوير: ..."
            r"^[^.!?]{0,100}\((?:صورة أرشيفية|(?:صورة|الصورة|تصوير)\s*:[^)]{1,30})\)\s*$|"
            r"^[^.!?]{0,100}\((?:رويترز|أ ف ب|فرانس برس|الأناضول|أسوشيتد برس)\)\s*$|"
            r"^المصدر\s*:\s*\S+(?:\s+(?:\+\s+)?\S+){0,3}\s*$|(?<=[-–—] )(?:تصوير|الصورة)\s*:\s*[^.!?:]{2,60}$",
            _FLAGS,
        ),
        frozenset("صورة الصورة رويترز ب برس الأناضول أسوشيتد المصدر تصوير".split()),
    ),
    (
        "promo",
        re.compile(r"^read related (?:topics|stories|articles)\b", _FLAGS),
        frozenset(("related",)),
    ),
    (
        "promo",
        re.compile(
            # a prompt to follow the site in more languages: "Følg os på Facebook", "Ikuti kami di Instagram",
            # "Theo dõi chúng tôi trên Facebook", "Підписуйтесь на наш Telegram-канал"
            r"^(?:följ oss|følg (?:os|oss)|seuraa meitä|sledujte nás|urmăr(?:ește|iți)-ne|kövess(?:en|etek)? minket|"
            r"ikuti kami|theo dõi chúng tôi|підписуйтесь на (?:нас|наш))\b[^.!?]{0,60}?"
            rf"(?:{_NETWORK}|канал|kanal|kanava)[\w-]*\W*$|"
            # a paywall's offer to register: "Jetzt kostenlos registrieren und weiterlesen", "Regístrate gratis
            # para seguir leyendo", "Inscrivez-vous gratuitement pour lire la suite"
            r"^(?:jetzt )?(?:kostenlos |gratis )?registrieren(?: sie sich)?(?: kostenlos)? und weiterlesen|"
            r"^(?:regístrate|registrate|inscrivez-vous|registrati|cadastre-se|registreer je|zarejestruj się)"
            r"(?: (?:gratis|gratuitamente|gratuitement|kostenloos|za darmo))? "
            r"(?:para (?:seguir|continuar) (?:leyendo|lendo)|pour (?:lire la suite|continuer (?:à|a) lire)|"
            r"per continuare a leggere|om verder te lezen|aby czytać dalej)|"
            # "Did you like this article? Share it!", "Vous avez aimé cet article ? Partagez-le !"
            r"^(?:did you (?:like|enjoy) this (?:article|story|post)|vous avez aimé cet article|"
            r"(?:te|le) gustó (?:este artículo|esta nota)|hat (?:ihnen|dir) (?:dieser|der) artikel gefallen|"
            r"ti è piaciuto (?:questo|l')articolo|gostou (?:deste|do) (?:artigo|texto))\s*\?|"
            # a call for corrections, with what to do: "Spotted an error? Let us know.", "Sie haben einen
            # Fehler gefunden? Schreiben Sie uns." (not a story's question: "Found a mistake? The auditors did.")
            r"^(?:(?:have you )?(?:spotted|found|noticed) (?:an? )?(?:error|mistake|typo)|"
            r"(?:sie haben|haben sie) (?:einen )?fehler gefunden|"
            r"vous avez (?:repéré|trouvé|vu) une (?:erreur|faute|coquille)|"
            r"¿?(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error|hai trovato un errore|"
            r"encontrou (?:um |algum )?erro)[^.!?]{0,30}\?\s*(?:please )?(?:let us know|tell us|e-?mail us|contact us|"
            r"report it|schreiben sie uns|melden sie|teilen sie (?:es )?uns mit|dites-le(?:-nous)?|signalez-le|"
            r"écrivez-nous|escríbenos|avísanos|segnalacelo|scrivici|avise-nos|escreva-nos)\b",
            _FLAGS,
        ),
        frozenset(
            "följ følg seuraa sledujte urmărește urmăriți kövess kövessen kövessetek ikuti dõi підписуйтесь "
            "registrieren regístrate registrate inscrivez registrati cadastre registreer zarejestruj "
            "enjoy like aimé gustó gefallen piaciuto gostou spotted typo mistake fehler erreur coquille errore erro "
            "error".split()
        ),
    ),
    (
        "share",
        # a prompt to share the story: "Partagez cet article", "Comparte esta noticia", "Diesen Artikel teilen"
        re.compile(
            r"^(?:partagez|comparte|compartilhe|condividi|deel|teile|udostępnij|поделитесь) (?:cet article|"
            r"cette (?:page|info(?:rmation)?)|esta (?:noticia|nota|información)|"
            r"(?:est|ess)[ae] (?:artigo|notícia|matéria)(?: via)?|"
            r"questo articolo|questa notizia|dit artikel|diesen artikel|ten artykuł|"
            r"этой (?:новостью|статьей|статьёй))\W*$|^(?:diesen|den) artikel teilen\W*$",
            _FLAGS,
        ),
        frozenset("partagez comparte compartilhe condividi deel teile udostępnij поделитесь teilen".split()),
    ),
    (
        "newsletter",
        re.compile(
            # a newsletter's prompt in more languages: "Tilmeld dig vores nyhedsbrev", "Tilaa uutiskirje",
            # "Přihlaste se k odběru newsletteru", "Đăng ký nhận bản tin", "Zapisz się na newsletter"
            r"^(?:tilmeld dig|meld deg på|meld je aan voor|tilaa|přihlaste se k odběru|abonează-te la|"
            r"iratkozzon fel|đăng ký nhận|berlangganan|zapisz się (?:na|do)|prenumerera på|anmäl dig till|"
            # Estonian, Croatian, Slovenian, Latvian, Lithuanian, Ukrainian: "Telli Tartu uudiskiri – ...",
            # "Prijavite se na naš kulturni newsletter ..."
            r"telli|prijavite se na|prijavi se na|naročite se na|pierakstieties|užsiprenumeruokite|підпишіться на|"
            # get it: "Få Göteborgs Morgontidnings nyhetsbrev varje morgon", "Recevez notre infolettre"
            r"få|recevez|receba|ricevi)\b"
            rf"[^.!?]{{0,40}}?(?:{_NEWSLETTER_WORD}|bản tin)",
            _FLAGS,
        ),
        frozenset(
            "tilmeld meld tilaa přihlaste abonează iratkozzon đăng berlangganan zapisz prenumerera anmäl telli "
            "prijavite prijavi naročite pierakstieties užsiprenumeruokite підпишіться få recevez receba "
            "ricevi".split()
        ),
    ),
    (
        "newsletter",
        re.compile(
            # "Der Harburg-Newsletter: ... – jetzt kostenlos anmelden", "S'inscrire à la newsletter",
            # "Подпишитесь на рассылку", "اشترك في النشرة البريدية"
            r"\bnewsletter\b[^.!?]{0,120}\bjetzt (?:kostenlos )?(?:anmelden|abonnieren)\W*$|"
            r"\bs'inscrire (?:à|a) (?:la|notre) (?:newsletter|lettre)|"
            r"(?:подпишитесь|подписаться) на (?:нашу )?рассылку|"
            r"\bاشترك (?:في|فى) (?:النشرة|نشرتنا)",
            _FLAGS,
        ),
        frozenset("newsletter inscrire подпишитесь подписаться اشترك".split()),
    ),
    (
        "promo",
        re.compile(
            # a site's channels and apps: "Siga o Correio Paulista no Instagram", "Entre no canal do ... no
            # WhatsApp", "Recibe las noticias de Sevilla en tu WhatsApp", "WhatsApp kanalımıza katılın",
            # "Download de Noorderpost-app", "Simak berita dan artikel lainnya di Google News"
            rf"^siga (?:o |a |os |as )?(?:[\w.'’-]+ ){{1,4}}?n[oa] {_NETWORK}\b|"
            r"^entre no (?:nosso )?canal d[oa]\b[^.!?]{0,60}\b(?:whatsapp|telegram)\b|"
            r"^recibe (?:las|nuestras|todas las) noticias\b[^.!?]{0,60}\ben tu (?:whatsapp|telegram|móvil|correo)\b|"
            r"^únete a nuestro canal\W*$|\bkanalımıza katılın\b|^download (?:de|onze) [\w-]*app\b|"
            r"^simak (?:berita|artikel)(?: dan (?:berita|artikel))?(?: \w+)? lainnya di\b|"
            # a paywall's offer: "Abonnez-vous à partir de 1 € ...", "... accédez à tous nos articles"
            r"^abonnez-vous (?:à partir de|dès|pour seulement)\b|"
            r"\baccédez (?:à|a) (?:tous nos|l'ensemble de nos) articles\b",
            _FLAGS,
        ),
        frozenset("siga canal recibe únete kanalımıza download simak abonnez accédez".split()),
    ),
    (
        "newsletter",
        re.compile(
            # a newsletter's box with its button: "... Der Newsletter ... Hier kostenlos bestellen.", "Newsletter
            # Bordeaux – Recevez ... Je m'inscris", "La newsletter di Economia: ... Iscriviti qui", "... – prenumerera
            # på vårt nyhetsbrev."
            r"\bnewsletter\b[^\n]{0,160}?(?:\b(?:hier|jetzt) (?:kostenlos )?(?:bestellen|abonnieren|anmelden)|"
            r"\bje m'inscris|\biscriviti(?: qui| ora| gratis)?|\binscreva-se|\bsuscríbete(?: aquí| gratis)?)\W*$|"
            r"\bprenumerera på (?:vårt|vår) nyhetsbrev\b|\btilmeld dig (?:vores )?nyhedsbrev\b|"
            # the same box's sentences one by one: its button, and its title before what it sends
            r"^(?:hier|jetzt) (?:kostenlos )?(?:bestellen|abonnieren|anmelden)\W*$|^je m'inscris\W*$|"
            r"^iscriviti(?: qui| ora)?\W*$|^[^.!?:]{0,40}:\s*(?:der|die|das|le|la|il|el|the) newsletter\b|"
            r"^newsletters?\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?\s+[–—-]\s",
            _FLAGS,
        ),
        frozenset("newsletter prenumerera tilmeld hier jetzt inscris iscriviti".split()),
    ),
    (
        "promo",
        re.compile(
            # prompts to a site's channels: "Ακολουθήστε το ... στο Google News", "Síganos en Google News", "Simak
            # breaking news ... di ponselmu", "Ricevi le notizie ... su WhatsApp: iscriviti al nostro canale"
            r"^ακολουθήστε (?:το|τη|την|μας)\b[^.]{0,60}\b(?:google news|facebook|twitter|instagram|viber|telegram)\b|"
            r"^simak breaking news\b|\bpilih saluran andalanmu\b|"
            r"^ricevi le notizie\b[^.]{0,60}\bsu (?:whatsapp|telegram)\b|\biscriviti al nostro canale\b|"
            # a paywall's offer: "Gostou desta reportagem? Assine e tenha acesso ilimitado ..."
            r"^gostou (?:desta|deste|da|do) (?:reportagem|matéria|texto|conteúdo|artigo)\s*\?\s*assine\b|"
            r"\bassine e tenha acesso (?:ilimitado|a todo)\b|"
            # a Russian advert's legal marking: "Реклама. ООО «...», ИНН ... erid: ..."
            r"^реклама\.\s+(?:ооо|ао|пао|ип)\b|\berid\s*:\s*[\w-]{6,}",
            _FLAGS,
        ),
        frozenset("ακολουθήστε simak pilih ricevi iscriviti gostou assine реклама erid".split()),
    ),
    (
        "legal",
        # an investment disclaimer: "Artikel ini bukan ajakan untuk membeli atau menjual saham."
        re.compile(
            r"^(?:artikel|tulisan|berita) ini bukan (?:ajakan|rekomendasi|saran) untuk (?:membeli|menjual)", _FLAGS
        ),
        frozenset("ajakan rekomendasi saran".split()),
    ),
    (
        "credit",
        re.compile(
            # a caption's credit: "(Φωτογραφία: Eurokinissi / ...)", "... mardi. Archives Jérôme Exemple"
            r"\((?:φωτογραφία|φωτό)\s*:\s*[^)]{2,80}\)\s*$|"
            r"(?:^|[.!?]\s+)archives?\s+(?-i:[A-ZÀ-Þ])[\w-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w-]+){0,2}\s*$",
            _FLAGS,
        ),
        frozenset("φωτογραφία φωτό archives archive".split()),
    ),
    (
        "promo",
        re.compile(
            # a site's app, alerts and channels: "Download the ABC Emergency app ...", "Turn on push alerts ...",
            # "Follow The Daily Courier channel on WhatsApp", "Find The Western Record on WhatsApp", "Sigue toda
            # la información de Aragón en Facebook y X", "Participe do canal ...", "Download de gratis app van
            # ...", "حمّل تطبيق ...", "「南九州ニュース」アプリで ..."
            r"^(?:download|get) the (?:free )?[\w'’ -]{0,30}\bapp\b|^turn on (?:push )?(?:alerts|notifications)\b|"
            rf"^(?:follow|find|join) (?:the )?[\w'’. -]{{1,40}}\b(?:channel )?on {_NETWORK}\b"
            r"(?:\s+(?:for|to|and|or)\b[^.!?]{0,60})?\W*$|"
            r"^sigue toda la información\b[^.]{0,60}\ben (?:facebook|x|twitter|instagram|whatsapp|telegram)\b|"
            r"\bnuestro canal de (?:whatsapp|telegram)\b|\bparticipe do (?:nosso )?canal\b|"
            r"^download de (?:gratis )?(?:nieuws)?app\b|\btelegram-канале\b|^حم\W?ل تطبيق",
            _FLAGS,
        ),
        frozenset("download get turn follow find join sigue nuestro participe telegram канале تطبيق".split()),
    ),
    (
        "newsletter",
        re.compile(
            # "Suscribite a «Primera Mañana»", "iscriviti gratis alla newsletter", "Subscreva a newsletter ...",
            # "Schrijf je in voor onze wekelijkse nieuwsbrief"
            r"\bsuscribite a\b|\biscriviti (?:gratis )?alla (?:nostra )?newsletter\b|"
            r"\bsubscreva a (?:nossa )?newsletter\b|"
            r"\bschrijf je (?:nu )?in voor (?:onze|de) (?:\w+ )?nieuwsbrief\b",
            _FLAGS,
        ),
        frozenset("suscribite iscriviti subscreva schrijf".split()),
    ),
    (
        "legal",
        re.compile(
            # disclaimers and reproduction notices: "Hinweis: Dieser Artikel dient ausschließlich der Information",
            # "Le opinioni espresse in questo articolo ...", "Queda prohibida la reproducción ...", "本文仅供参考",
            # the ABC's acknowledgement of country
            r"^hinweis\s*:\s*dieser (?:artikel|beitrag) (?:dient|stellt)\b|"
            r"^le opinioni espresse (?:in questo articolo )?(?:sono|appartengono)\b|"
            r"^queda prohibida (?:la|su) reproducción\b|^本文仅供参考|"
            r"\backnowledges the (?:first australians|traditional (?:owners|custodians))\b",
            _FLAGS,
        ),
        frozenset("hinweis opinioni prohibida acknowledges".split()),
    ),
    (
        "appeal",
        # a donation's tax note: "faites un don : il est déductible à 66 %"
        re.compile(r"\bfaites un don\b|\bdon (?:est )?déductible\b|\bdéductible (?:à|de) 66\s?%", _FLAGS),
        frozenset("faites déductible".split()),
    ),
    (
        "credit",
        # credits in brackets: "(Photo courtesy of the Lakeview Police)", "(Supplied: Kerry Example)"; a wire's
        # sign-off with the editor's initials: "dpa/AFP/lkr"; an archive picture "- أرشيفية"
        re.compile(
            r"\((?:photo|image|picture)s? courtesy of\b[^)]{2,80}\)\s*$|"
            r"\((?:supplied|file|archive)\s*:?[^)]{0,60}\)\s*$|"
            r"^(?:dpa|afp|ap|reuters|kna|epd|apa|sda)(?:/(?:dpa|afp|ap|reuters|kna|epd|apa|sda))*/[a-z]{2,5}$|"
            r"[-–—]\s*أرشيفية\s*$",
            _FLAGS,
        ),
        frozenset("courtesy supplied file archive dpa afp ap reuters kna epd apa sda أرشيفية".split()),
    ),
    (
        "bio",
        # an Italian bio: "Marco Esempio è economista del lavoro e ..."
        re.compile(
            r"^(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*\s+){2,3}è (?:un |una )?(?:economista|giornalista|docente|ricercatore|"
            r"ricercatrice|professore|professoressa|scrittore|scrittrice|analista)\b",
            _FLAGS,
        ),
        frozenset(
            "economista giornalista docente ricercatore ricercatrice professore professoressa scrittore "
            "scrittrice analista".split()
        ),
    ),
    (
        "credit",
        # an agency's credit after "Foto" without a colon: "Foto Ansa", "Photo AFP"
        re.compile(
            r"^(?:foto|photo|fot\.)\s+(?:ansa|lapresse|afp|ap|reuters|epa|dpa|getty(?: images)?|imago|efe|anp|pap|"
            r"shutterstock|xinhua|anadolu|aa)\b[^.!?]{0,40}$",
            _FLAGS,
        ),
        frozenset("foto photo fot".split()),
    ),
    (
        "legal",
        # an opinion page's disclaimer of more languages: "Komentáře vyjadřují názory autorů, nikoli nutně
        # stanovisko redakce.", "הדעות המובעות במדור זה אינן משקפות בהכרח את עמדת המערכת"
        re.compile(
            r"^\W*(?:komentáře|názory|články) (?:vyjadřují|vyjadrujú) (?:názory|stanoviská?) autorů?\b|"
            r"הדעות המובעות\b|"
            r"^\W*(?:opinie|poglądy) (?:wyrażone|zawarte) w (?:tekście|artykule|felietonach?)\b|"
            r"^\W*(?:görüş|yorum) (?:ve düşünceler|yazıları)[^.]{0,40}\b(?:yazara|yazarlarına) aittir|"
            r"^\W*(?:мнение|точка зрения) (?:автора|редакции)[^.]{0,40}\bне (?:обязательно )?совпада|"
            r"^\W*(?:думка|позиція) автора[^.]{0,40}\bне (?:обов'язково |обов’язково )?збіга",
            _FLAGS,
        ),
        frozenset(
            "vyjadřují vyjadrujú המובעות wyrażone zawarte aittir совпадать совпадает совпадает збігається "
            "совпадает збігатися".split()
        ),
    ),
    (
        "promo",
        # a poll, a podcast, a video or a map beside the story: "Encuesta: ¿Crees que ...? Sí · No — Votar",
        # "Luister ook naar onze podcast ...", "Alle Tore im Video – hier ansehen (01:48)", "Mappa interattiva: ..."
        re.compile(
            r"^\W*(?:poll|umfrage|sondage|encuesta|sondaggio|enquete|pesquisa|peiling|ankieta|опрос|опитування|"
            r"anket|jajak pendapat|khảo sát|استطلاع)\s*:|"
            r"^\W*(?:listen to|luister (?:ook )?naar|hören sie|écoutez|escucha|ouça|ascolta|posłuchaj|слушайте|"
            r"слухайте|dinleyin|dengarkan)\b[^.!?]{0,40}\b(?:podcasts?|подкаст\w*|podcast\w*)\b(?!['’])[^.!?]{0,80}\W*$|"
            r"^\W*(?:interactive map|mappa interattiva|interaktive karte|carte interactive|mapa interactivo|"
            r"mapa interativo|infografi[sk]|infographic|infografía|infografica|інфографіка|инфографика)\s*:",
            _FLAGS,
        ),
        frozenset(
            "poll umfrage sondage encuesta sondaggio enquete pesquisa peiling ankieta опрос опитування anket jajak "
            "khảo استطلاع listen luister hören écoutez escucha ouça ascolta posłuchaj слушайте слухайте dinleyin "
            "dengarkan interactive interattiva interaktive interactive interactivo interativo infografis infografik "
            "infographic infografía infografica інфографіка инфографика".split()
        ),
    ),
    (
        "promo",
        # a video's link with its length: "Alle Tore im Video – hier ansehen (01:48)", "Bekijk de samenvatting
        # (4:12)"
        re.compile(
            r"^\W*(?:[^\W\d][^.!?]{0,80}\b(?:video|vídeo|vidéo|filmpje|samenvatting|resumen|highlights|"
            r"zusammenfassung|видео|відео|wideo|clip|klip)\b[^.!?]{0,60}|(?:video|vídeo|vidéo|видео|відео)\b"
            r"[^.!?]{0,80})\s*\((?:\d{1,2}:)?\d{1,2}:\d\d\)\s*$",
            _FLAGS,
        ),
        frozenset(
            "video vídeo vidéo filmpje samenvatting resumen highlights zusammenfassung видео відео wideo clip "
            "klip".split()
        ),
    ),
    (
        "newsletter",
        # newsletter boxes: "Sign up to receive daily headline news from the Harbour Post.", "Sign up to Morning
        # Briefing: ...", "By clicking on the sign up button you consent to receive the above newsletter",
        # "Schrijf je in voor de opinienieuwsbrief.", "הירשמו לניוזלטר"
        re.compile(
            r"^sign up to receive\b|^sign up (?:to|for) [^.!?]{0,40}\b(?:briefing|bulletin|digest)\b|"
            r"^by clicking (?:on )?the sign ?up button\b|"
            r"\bschrijf je (?:nu )?in voor (?:de|onze) \w*nieuwsbrief|הירשמו לניוזלטר|"
            r"^\W*(?:zapisz się|zapisz sie) (?:do|na) (?:naszego )?newslettera?|"
            r"^\W*(?:abonnez-vous|inscrivez-vous) à (?:notre|la) (?:\w+ )?newsletter|"
            r"^\W*(?:melde dich|melden sie sich) (?:jetzt )?(?:für|zum) (?:unseren |den )?\w*newsletter an",
            _FLAGS,
        ),
        frozenset("sign clicking schrijf הירשמו zapisz abonnez inscrivez melde melden".split()),
    ),
    (
        "bio",
        # a reporter's line on their beat and how to reach them: "Jane Example covers city hall. Reach her at
        # jane@example.com"; the bio of an opinion writer in more languages ("Tereza Example je redaktorkou
        # ekonomické rubriky.", "Marieke Example is schrijver en columnist.")
        re.compile(
            r"\breach (?:him|her|them|me) at\s+\S+@\S+|"
            r"^(?:(?-i:[A-ZÀ-ÞĀ-Ž])[\w'’.-]*\s+){2,3}je (?:redaktork(?:ou|a)|redaktorem|komentátor(?:kou|em)|"
            r"novinář(?:kou|em)|spisovatel(?:kou|em))\b|"
            r"^(?:(?-i:[A-ZÀ-Þ])[\w'’.-]*\s+){2,3}is (?:schrijver|columnist|journalist|verslaggever|redacteur|"
            r"correspondent)(?: en (?:schrijver|columnist|journalist))?\b",
            _FLAGS,
        ),
        frozenset(
            "reach redaktorkou redaktorka redaktorem komentátorkou komentátorem novinářkou novinářem "
            "spisovatelkou spisovatelem schrijver columnist journalist verslaggever redacteur correspondent".split()
        ),
    ),
    (
        "legal",
        # a publisher's registration and rights in the footer: "Giấy phép số 548/GP-BTTTT ...", "Cơ quan chủ quản:
        # ...", "تمامی حقوق این وب‌سایت متعلق به ...", "Использование материалов разрешено только ...",
        # "Redakcja nie ponosi odpowiedzialności za ..."
        re.compile(
            r"^\W*(?:giấy phép (?:số|hoạt động)|cơ quan chủ quản|tổng biên tập\s*:)|"
            r"^\W*تمامی حقوق (?:این|مادی|برای)|"
            r"^\W*использование (?:материалов|информации)[^.]{0,40}\b(?:разрешено|допускается|возможно)\b|"
            r"^\W*redakcja nie ponosi odpowiedzialności\b|"
            r"\bredakcja nie ponosi odpowiedzialności za treść\b",
            _FLAGS,
        ),
        frozenset("giấy cơ tổng تمامی использование redakcja".split()),
    ),
)
_MORE_NOTICES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "credit",
        # a photo's credit of more languages, in a line of its own: "PICHA: JUMA EXAMPLE", "Photo Harbour Post /
        # Jane Example"
        re.compile(
            r"^(?:picha|larawan|kuha ni|snímka|fotografija)\s*[:：]?\s+\S[^.!?]{1,60}$|"
            r"^(?:photo|foto)\s+[^.!?:/]{2,60}\s*/\s*[^.!?/]{2,40}$",
            _FLAGS,
        ),
        frozenset("picha larawan kuha snímka fotografija photo foto".split()),
    ),
    (
        "promo",
        # a channel to follow, of more languages: "Jiunge na chaneli yetu ya WhatsApp ...", "Sundan kami sa
        # Facebook ...", "Receba as notícias do Portal Example no seu WhatsApp", "Sledujte nás na Facebooku"
        re.compile(
            r"^\W*(?:jiunge na (?:chaneli|kundi|group)|sundan kami sa|sledujte nás na|pratite nas na|"
            r"segueix-nos a|síguenos en|seguici su)\b|"
            r"^\W*receba as notícias [^.]{0,60}\b(?:whatsapp|telegram|e-?mail)\b",
            _FLAGS,
        ),
        frozenset("jiunge sundan sledujte pratite segueix síguenos seguici receba".split()),
    ),
    (
        "newsletter",
        # "Subscriu-te al butlletí", "Newsletter „Bergheim am Morgen“: ... Jetzt anmelden"
        re.compile(
            r"\bsubscriu-te (?:al|a la) (?:butlletí|newsletter)|^newsletter\s*[„\"«“]|"
            r"\bprijavite se na (?:naš )?newsletter|\bprihláste sa na (?:odber )?newslettera?",
            _FLAGS,
        ),
        frozenset("subscriu newsletter prijavite prihláste".split()),
    ),
)
# A form's furniture around a newsletter's box and a site's footer: the box's promises and messages, a licence or
# rights line, a link to the site's other stories.
_FORM_NOTES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "newsletter",
        re.compile(
            # the box's promises, to "you": "No spam, we promise. You can unsubscribe at any time and we'll never
            # share your details", "Abmeldung jederzeit möglich", "Vous pouvez vous désinscrire à tout moment"
            r"^\W*(?:no|kein|pas de|sin|nada de|niente|sem|geen) spam\b|"
            r"\b(?:you can|you may|and) unsubscribe (?:at )?any ?time\b|^\W*unsubscribe (?:at )?any ?time\b|"
            # (the promise closing its sentence: not "We will never share your data with advertisers, the company said")
            r"\bwe(?:'ll| will|’ll) never (?:share|sell|rent|pass on) your (?:e-?mail(?: address)?|details|data|"
            r"information|address)(?: (?:with|to) (?:anyone|third parties|others|a third party))?\s*(?:[.!]|$)|"
            r"\babmeldung (?:ist )?jederzeit möglich|\bjederzeit abbestellbar|"
            r"\b(?:sie können sich|du kannst dich) jederzeit (?:wieder )?(?:abmelden|austragen)\b|"
            r"\bdésinscription (?:possible )?à tout moment|"
            r"\bvous (?:pouvez|pourrez) vous (?:désinscrire|désabonner) (?:à tout moment|en un clic)|"
            r"\b(?:puedes darte|puede darse|podrás darte) de baja (?:en cualquier momento|cuando quieras)|"
            r"\bpuoi (?:annullare l['’]iscrizione|disiscriverti|cancellarti) in qualsiasi momento|"
            r"\bvocê pode (?:cancelar a (?:sua )?inscrição|se descadastrar|descadastrar-se) a qualquer momento|"
            r"\b(?:je|u) (?:kunt|kan) (?:je|zich) (?:op elk moment|op ieder moment|altijd) (?:weer )?"
            r"(?:afmelden|uitschrijven)|"
            # a form's consent to use the reader's data: "By submitting this form you agree to Example Magazine using
            # your data for the purposes of publishing your comment."
            r"^\W*by (?:submitting|sending|signing up|subscribing|registering|clicking)\b[^.]{0,60}\b"
            r"you (?:agree|consent|accept)\b[^.]{0,80}\byour (?:personal )?(?:data|information|details)\b|"
            # its messages: "Invalid email address format. Please try again!", "Thanks for signing up!"
            r"^\W*(?:please )?enter a valid e-?mail\b|\binvalid e-?mail(?: address)?(?: format)?\b|"
            r"^\W*(?:thanks? (?:you )?for (?:subscribing|signing up)|you(?:'re| are|’re) (?:now )?subscribed)"
            r"(?: to [^.!,]{1,40})?\s*(?:[.!]|$)|"
            # an author's or a publication's e-mails: "Email me when there are new stories in the publication",
            # "Want me to send you an email when I publish something new?"
            r"^\W*(?:e-?mail me|send me an e-?mail|get an e-?mail) when\b|"
            r"\bsend you an e-?mail (?:when|whenever|each time) (?:i|we) publish\b",
            _FLAGS,
        ),
        frozenset(
            "spam unsubscribe never abmeldung abbestellbar jederzeit désinscription désinscrire désabonner baja "
            "qualsiasi qualquer afmelden uitschrijven valid invalid thanks thank subscribed email mail submitting "
            "sending signing subscribing registering clicking".split()
        ),
    ),
    (
        "legal",
        re.compile(
            # "No reproduction or republication without written permission.", "... may only be used with explicit
            # written permission", "This work is licensed under a Creative Commons ... License"
            r"\bno (?:reproduction|republication|redistribution)\b[^.]{0,60}\bwithout\b|"
            r"\bmay only be used with (?:the )?(?:explicit|express|prior) written permission\b|"
            r"\b(?:is|are) licensed under (?:a |the )?creative commons\b|"
            # a footer's, with "right" for "rights": "@2016 - Example Design. All Right Reserved."
            r"\ball right reserved\b|"
            # a cookie banner's: "If you continue to use this site we will assume that you are happy with it."
            r"\bif you continue (?:to use|using) this (?:site|website)\b|"
            r"\bse continui ad (?:utilizzare|usare) questo sito\b|"
            r"\bwenn (?:du|sie) diese (?:website|webseite|seite) weiterhin (?:nutzt|nutzen|benutzt|benutzen)\b|"
            r"\bsi vous continuez (?:à|a) utiliser ce site\b|\bsi contin[uú]as? (?:utilizando|usando) este sitio\b|"
            r"\bse continuar a (?:usar|utilizar) este site\b|"
            r"\bals (?:je|u) deze (?:site|website) (?:blijft|blijven) gebruiken\b",
            _FLAGS,
        ),
        frozenset(
            "reproduction republication redistribution permission licensed right continue continui weiterhin "
            "continuez continúas continuas continua continuar blijft blijven".split()
        ),
    ),
    (
        "share",
        # "Like this story? Share it with a friend!", "This story has been shared 19,590 times."
        re.compile(
            r"^\W*(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post)\?\s*(?:please )?share\b|"
            r"^\W*this (?:story|article|post) has been shared [\d,. ]+ times\b",
            _FLAGS,
        ),
        frozenset("share shared".split()),
    ),
    (
        "appeal",
        # a brand's appeal and a membership's: "Support Example News and make a difference for readers
        # everywhere.", "By joining Example Plus you support our work ... And you'll never see this message again."
        re.compile(
            r"^\W*support (?-i:[A-Z])[\w.&'’-]+(?: (?-i:[A-Z])[\w.&'’-]+){0,2} and (?:make a difference|help us)\b|"
            r"\bby joining (?:[\w.&'’-]+ ){1,3}you(?:['’]ll| will)? support our (?:work|journalism|reporting)\b|"
            r"\byou['’]ll never see this message again\b",
            _FLAGS,
        ),
        frozenset("support joining message".split()),
    ),
    (
        "promo",
        # another story of the site's: "Also on rt.com Journalists ... threatened with sedition arrests"
        re.compile(r"^also on [\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}\b", _FLAGS),
        frozenset(["also"]),
    ),
    (
        "promo",
        # a subscription's offer and prompt: "Get Example Monthly delivered through your letterbox every month. 12
        # issues for £11.99.", "Subscribe to EXAMPLE and stay smart with ...", a browser's alerts: "GET BREAKING NEWS
        # IN YOUR BROWSER.", an affiliate's note: "If you buy something through this post, Example may get a share
        # of the sale.", a publisher's footer: "... Visit our corporate site."
        re.compile(
            r"\b\d+ issues for (?:just |only )?(?:[£$€]\s?\d|\d+(?:[.,]\d\d)?\s?(?:€|eur|euros|usd|gbp)\b)|"
            r"\bdelivered (?:through|to) your (?:letterbox|door|doorstep)\b|"
            r"^\W*subscribe to (?-i:[A-Z])[\w.&'’-]*(?: (?-i:[A-Z])[\w.&'’-]*){0,3} (?:and|to|for|today|now)\b|"
            r"^\W*get (?:breaking|the latest) news (?:alerts )?(?:in|on|to) your (?:browser|desktop)\b|"
            r"\bif you (?:buy|purchase) (?:something|anything|a product|an item) (?:through|via|from) (?:this (?:post|"
            r"article|page)|(?:one of )?our links|links? (?:in|on) this (?:post|article|page))\b|"
            r"\bvisit our corporate site\b",
            _FLAGS,
        ),
        frozenset("issues delivered subscribe get buy purchase corporate".split()),
    ),
    (
        "newsletter",
        # "Let our news meet your inbox.", "Example Newsletters deliver pertinent news ..."
        re.compile(r"\bmeet your inbox\b|\bnewsletters? deliver\b", _FLAGS),
        frozenset("inbox newsletter newsletters".split()),
    ),
    (
        "bio",
        # "Reach the reporters on Twitter at http://twitter.com/example", "Reach the writer at jane@example.com"
        re.compile(
            r"^\W*reach (?:the )?(?:reporters?|writers?|authors?|columnist) "
            r"(?:on (?:twitter|x) |by e-?mail |via e-?mail )?at\b",
            _FLAGS,
        ),
        frozenset("reach".split()),
    ),
)
# A paywall's note, a newsletter's box and a channel to follow in more languages: "Subscribe to continue
# reading", "Этот материал доступен только подписчикам", "Tämä artikkeli on vain tilaajille", "Підпишіться на
# розсилку", "Pretplatite se na newsletter", "עקבו אחרינו בפייסבוק", "Последвайте ни във Facebook"
_MORE_NOTICE_LANGUAGES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "promo",
        re.compile(
            r"^subscribe (?:now )?to (?:continue|keep) reading\b|"
            r"^this (?:article|story|content) is (?:only )?(?:for|available to|exclusive to|reserved for) "
            r"(?:paid |paying )?(?:subscribers|members)\b|"
            r"^(?:subscribers|members)[- ]only (?:content|article|story)\W*$|"
            r"^(?:этот |данный )?материал доступен только (?:подписчикам|по подписке)|"
            r"^bu (?:içerik|haber) (?:sadece )?abonelere özel(?:dir)?\b[^,]{0,40}$|"
            r"^(?:هذا )?المحتوى (?:حصري|متاح) (?:للمشتركين|فقط للمشتركين)|^(?:הכתבה|התוכן) (?:זמינה|זמין) למנויים|"
            r"^artikel ini khusus (?:untuk )?(?:pelanggan|member)|^bài viết (?:này )?dành cho (?:thành viên|hội viên)|"
            r"^(?:denna|den här) artikel är (?:endast|bara) för prenumeranter|^denne artikel er (?:kun|forbeholdt) "
            r"(?:for )?abonnenter|^tämä (?:artikkeli|juttu) on (?:vain|ainoastaan) tilaajille|"
            r"^(?:tento )?článek je (?:pouze|jen) pro předplatitele|^ez a cikk (?:csak|kizárólag) előfizetőknek|"
            r"^\W*(?:עקבו אחרינו|последвайте ни|"
            r"tufuate (?:kwenye|katika) (?:facebook|twitter|instagram|x|youtube|tiktok|"
            r"mitandao))\b",
            _FLAGS,
        ),
        frozenset(
            "subscribe subscribers members материал подписчикам abonelere للمشتركين למנויים pelanggan thành "
            "prenumeranter abonnenter tilaajille předplatitele előfizetőknek עקבו последвайте tufuate".split()
        ),
    ),
    (
        "newsletter",
        re.compile(
            r"^\W*(?:підпишіться на (?:нашу )?розсилку|εγγραφείτε στο (?:newsletter|ενημερωτικό δελτίο)|"
            r"абонирайте се за (?:нашия )?бюлетин|pretplatite se na (?:naš )?(?:newsletter|bilten)|"
            r"jiandikishe (?:kwa|kupata) (?:jarida|habari)|mag-subscribe sa (?:aming )?newsletter)",
            _FLAGS,
        ),
        frozenset("підпишіться εγγραφείτε абонирайте pretplatite jiandikishe mag".split()),
    ),
)
# A publisher's appeal for support in more languages, as imperatives opening a line: "Підтримайте незалежну
# журналістику", "Bağımsız gazeteciliği destekleyin", "Dukung jurnalisme independen", "Tue riippumatonta
# journalismia", "Στηρίξτε την ανεξάρτητη δημοσιογραφία"; a lone call to give only in a short line ("Lahjoita
# nyt", not "Lahjoita verta, kehotti ..." in a story)
_MORE_APPEALS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "appeal",
        re.compile(
            # support for independent or free journalism, in a line of 25 words at most
            r"^(?=(?:\S+\s+){0,24}\S+\s*$)\W*(?:"
            r"підтримайте незалежн\w+ (?:журналістик\w*|редакці\w*|видання)|bağımsız gazeteciliği destekleyin|"
            r"ادعم(?:وا)? (?:الصحافة|صحافة) (?:المستقلة|الحرة)|תמכו בעיתונות (?:עצמאית|חופשית)|"
            r"dukung jurnalisme (?:independen|berkualitas)|ủng hộ báo chí độc lập|"
            r"stöd (?:oberoende|fri) journalistik|støt (?:uafhængig|fri) journalistik|"
            r"støtt (?:uavhengig|fri) journalistikk|tue riippumatonta journalismia|"
            r"podpořte nezávislou žurnalistiku|podporte nezávislú žurnalistiku|"
            r"támogassa a független újságírást|susține(?:ți)? jurnalismul independent|"
            r"στηρίξτε (?:την )?ανεξάρτητη δημοσιογραφία|"
            r"подкрепете независимата журналистика|podržite nezavisno novinarstvo|"
            r"unga mkono uandishi huru|suportahan ang malayang pamamahayag|"
            r"dona suport al periodisme independent)\b|"
            # a call to support us or to give, alone in its line with a word after it at most ("Lahjoita nyt";
            # not "Lahjoita verta ennen joulua", "Stöd oss i kampen mot cancer")
            r"^\W*(?:bize destek olun|stöd oss|støt os|støtt oss|tue meitä|podpořte nás|podporte nás|támogasson minket|"
            r"susține(?:ți)?-ne|στηρίξτε μας|подкрепете ни|podržite nas|unga mkono sisi|зробіть внесок|bağış yapın|"
            r"تبرع(?:وا)? الآن|תרמו עכשיו|donasi sekarang|quyên góp ngay|swisha|"
            r"giv et bidrag|gi et bidrag|lahjoita|přispějte|prispejte|adományozzon|donează|κάντε δωρεά|дарете|"
            r"donirajte|changia|mag-donate|fes una donació|"
            # a support button alone: "Підтримати редакцію", "Támogatom", "Jetzt unterstützen", "Sostienici"
            r"(?:jetzt )?unterstützen|soutenir|apoyar|apoiar|sostienici|wesprzyj nas|podpořit|podporiť|támogatom|"
            r"підтримати(?: редакцію| нас)?|поддержать(?: редакцию| нас)?|подкрепи ни|dukung kami)\W*$|"
            # a call to support journalism or the newsroom's work, whatever stands between, in a line of 30 words
            # at most: "Támogasd a független helyi újságírást!", "Apoie o nosso trabalho: ...", "Підтримайте нашу
            # роботу щомісячним внеском" (not the nouns of "Steun voor ...", "Stöd till ...")
            r"^(?=(?:\S+\s+){0,29}\S+\s*$)\W*(?:unterstützen sie|unterstütze|soutenez|soutiens|apoya|apoye|apoie|apoia|"
            r"sostieni|sostenete|wesprzyj(?:cie)?|podpořte|podporte|támogasd|támogass(?:a|átok)?|sprijin(?:ă|iți)|"
            r"susține(?:ți)?|підтримайте|підтримай|поддержите|поддержи|στηρίξτε|destekleyin|dukung|hãy ủng hộ|"
            r"tukekaa|toeta(?:ge)?|atbalsti(?:et)?|paremkite|podržite|podprite|подкрепете)\s+(?:\S+\s+){0,3}?"
            r"(?:journalism\w*|periodismo|jornalismo|giornalismo|journalistiek|dziennikarstw\w*|žurnalistik\w*|"
            r"újságírás\w*|jurnalism\w*|журналістик\w*|журналистик\w*|δημοσιογραφία|gazetecili\w*|báo chí|"
            r"journalistik\w*|ajakirjandus\w*|žurnālistik\w*|novinarstv\w*|redakci\w*|редакці\w*|редакци\w*|"
            r"rédaction|redacción|redação|redazione|redaktion|redakcj\w*|nuestro trabajo|o nosso trabalho|"
            r"notre travail|il nostro lavoro|unsere arbeit|naszą pracę|naši práci|našu prácu|a munkánkat|munkánkat|"
            r"нашу роботу|нашу работу|τη δουλειά μας|çalışmalarımızı)(?!\w)",
            _FLAGS,
        ),
        frozenset(
            "підтримайте gazeteciliği destek ادعم ادعموا תמכו dukung ủng stöd støt støtt tue podpořte podporte "
            "támogassa támogasson susține susțineți στηρίξτε подкрепете podržite mkono suportahan suport зробіть bağış "
            "تبرع تبرعوا תרמו donasi quyên swisha bidrag lahjoita přispějte prispejte adományozzon donează δωρεά "
            "дарете donirajte changia donate donació unterstützen soutenir apoyar apoiar sostienici wesprzyj podpořit "
            "podporiť támogatom підтримати поддержать подкрепи unterstütze soutenez soutiens apoya apoye apoie apoia "
            "sostieni sostenete wesprzyjcie támogasd támogass támogassátok sprijină sprijiniți підтримай поддержите "
            "поддержи destekleyin hãy tukekaa toeta toetage atbalsti atbalstiet paremkite podprite".split()
        ),
    ),
)
# Cookie notices of more languages: "Bu sitede çerezler kullanılmaktadır", "Chúng tôi sử dụng cookie", "Koristimo
# kolačiće", "Tunatumia vidakuzi"
_MORE_COOKIES: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "legal",
        re.compile(
            r"\b(?:sitemizde|bu sitede|web sitemizde) çerez(?:ler)? kullanıl|\bçerez(?:ler)?(?:i)? kullanıyoruz|"
            r"نستخدم ملفات تعريف الارتباط|\b(?:kami|situs (?:web )?ini) menggunakan (?:cookie|kuki)|"
            r"\b(?:chúng tôi|trang web (?:này )?) sử dụng cookie|\bpoužívame (?:súbory )?cookies?|"
            r"\bизползваме бисквитки|"
            r"\bkoristimo (?:kolačiće|cookies?)|\btunatumia vidakuzi|\bgumagamit kami ng cookies|\butilitzem galetes",
            _FLAGS,
        ),
        frozenset(
            "çerez çerezler çerezleri kullanılmaktadır kullanıyoruz نستخدم menggunakan cookie používame използваме "
            "koristimo tunatumia gumagamit utilitzem".split()
        ),
    ),
)
# The publisher's press-ethics and press-law lines: its regulator and code ("This website and associated newspapers
# adhere to the Independent Press Standards Organisation's Editors' Code of Practice.", "Bergensposten arbeider etter
# Vær Varsom-plakatens regler for god presseskikk."), its editor answerable by law ("Ansvarlig redaktør: Kari Nordmann",
# "Ansvarig utgivare: ...", "Vastaava päätoimittaja: ...")
_PRESS_ETHICS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "legal",
        re.compile(
            # (the publication speaks of itself: not "Most national newspapers are regulated by Ipso, but ...")
            r"^(?:this|the [\w.'’&-]+(?: [\w.'’&-]+){0,3}) (?:website|site|newspaper|publication|title)s?"
            r"(?: and (?:[\w-]+ ){0,3}(?:newspapers|publications|titles|websites))? (?:adheres?|subscribes?|"
            r"(?:is|are) committed) to the (?:[\w'’-]+ ){0,6}?editors['’]? code(?: of practice)?\b|"
            r"^(?:this|the [\w.'’&-]+(?: [\w.'’&-]+){0,3}) (?:website|site|newspaper|publication|title)s? (?:is|are) "
            r"regulated by (?:the )?(?:independent press standards organisation|ipso|impress)\b|"
            # (the whole sentence: not "Alle norske redaksjoner arbeider etter Vær Varsom-plakaten, som ...")
            r"^[\w.'’-]+(?: [\w.'’-]+){0,3} (?:arbeider|arbeter) etter vær varsom-plakatens regler for god "
            r"presseskikk\W*$|"
            # the editor answerable by law, and a name ("Ansvarlig redaktør: Kari Nordmann"; not "...: – Vi beklager")
            r"^(?:ansvarlig redaktør|ansvarig utgivare|ansvarshavende (?:chef)?redaktør|vastaava päätoimittaja)"
            r"\s*[:：]\s*(?-i:[A-ZÆØÅÄÖ])[\w.'’-]*(?: (?-i:[A-ZÆØÅÄÖ])[\w.'’-]*){0,3}\W*$",
            _FLAGS,
        ),
        frozenset(
            "adhere adheres subscribes committed regulated arbeider arbeter ansvarlig ansvarig ansvarshavende "
            "vastaava".split()
        ),
    ),
)
# A press release's furniture, which news sites and wires run as it came: its safe-harbour notice, the wire's
# link to the original and its source line, the line to learn more on the company's site, the press contacts.
_PRESS_RELEASE: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "legal",
        # "This press release contains forward-looking statements within the meaning of ...", "Forward-Looking
        # Statements", "Cautionary Note Regarding Forward-Looking Statements"
        re.compile(
            r"^(?:cautionary (?:note|statement|language) (?:regarding|concerning|about) )?forward-looking "
            r"statements?\W*$|^safe harbou?r statement\W*$|"
            r"\bforward-looking statements?\b[^.]{0,120}\b(?:within the meaning of|private securities litigation|"
            r"safe harbou?r|involve (?:known and unknown |substantial |significant )?risks)|"
            r"^(?:this|the) (?:press |news )?(?:release|announcement|communication) (?:contains|includes|may contain) "
            r"(?:certain )?forward-looking",
            _FLAGS,
        ),
        frozenset("forward cautionary safe".split()),
    ),
    (
        "promo",
        # "View original content to download multimedia: https://..." (not "For more information, visit
        # www.example.com", which a release's readers are told as part of it)
        re.compile(r"^view original content(?: to download multimedia)?\s*:\s*https?://", _FLAGS),
        frozenset(["view"]),
    ),
    (
        "bio",
        # the people to call: "Media contact: Jane Example, +1 555 0100", "Investor Relations:", "Press Contacts:"
        re.compile(
            r"^(?:media|press|investor|investors|news media|company) (?:contacts?|relations|inquiries|enquiries)"
            r"\s*:\s*(?:$|(?-i:[A-Z])(?!.*\s(?:the|a|an|has|have|is|are|was|will|said|says)\s)[^!?]{0,120}$)|"
            r"^contacts?\s*:\s*$",
            _FLAGS,
        ),
        frozenset("contact contacts relations inquiries enquiries".split()),
    ),
    (
        "legal",
        # a disclaimer under its label, of the views, comments, content or advice the publication answers for
        # ("Disclaimer: Comments expressed here do not reflect ...", "Haftungsausschluss: Die Inhalte ...",
        # "免责声明：..."); not a blog's own caveat ("Disclaimer: if you see different patch sizes, ...")
        re.compile(
            r"^\W*(?:disclaimer|haftungsausschluss|descargo de responsabilidad|exención de responsabilidad|"
            r"clause de non-responsabilité|esclusione di responsabilità|isenção de responsabilidade|zastrzeżenie|"
            r"vyloučení odpovědnosti|отказ от ответственности|відмова від відповідальності|feragatname|penafian|"
            r"miễn trừ trách nhiệm|αποποίηση ευθύνης|felelősségkizárás|vastuuvapauslauseke|ansvarsfriskrivning|"
            r"ansvarsfraskrivelse|免责声明|免責聲明|免責事項|면책 ?조항|إخلاء (?:ال)?مسؤولية|سلب مسئولیت|अस्वीकरण)"
            r"\s*[:：]\s*(?=.*(?:\b(?:opini|views?\b|meinung|ansicht|mnění|мнени|думк|görüş|pendapat|comment|komment|"
            r"komentar|comentar|коммент|комент|yorum|content|inhalt|contenu|contenido|contenuto|conteúdo|inhoud|treść|"
            r"obsah|материал|информац|інформац|içerik|konten|informa|advice|ratschlag|beratung|conseil|consejo|"
            r"consiglio|conselho|advies|porad|совет|порад|tavsiye|nasihat|commission|provision|comisi|commissio|"
            r"responsab|verantwort|odpowiedzial|odpovědn|ответствен|відповідальн|sorumlu|tanggung jawab)|"
            r"观点|觀點|意见|意見|内容|本文|見解|記事|의견|내용|기사|رأي|آراء|محتوى|مطالب|نظر|राय|जानकारी))",
            _FLAGS,
        ),
        frozenset(
            "disclaimer haftungsausschluss descargo exención clause esclusione isenção zastrzeżenie vyloučení отказ "
            "відмова feragatname penafian miễn αποποίηση felelősségkizárás vastuuvapauslauseke ansvarsfriskrivning "
            "ansvarsfraskrivelse 免责声明 免責聲明 免責事項 면책 면책조항 إخلاء سلب अस्वीकरण".split()
        ),
    ),
)
# A prompt to install the site's app, in the imperative that opens it, in many languages: "Téléchargez
# l'application Le Courrier ...", "Descargá la app de La Voz ...", "Скачайте приложение «...»", "Muat turun
# aplikasi BH ..."; or the app first where the verb comes last: "... செயலியைப் பதிவிறக்கம் செய்யுங்கள்". The
# app within eight words of the verb (English "download", a noun as well, has its own rule).
_APP_VERBS = (
    "téléchargez|télécharge|installez|descarg[aá]|descargue|desc[aá]rga(?:te|la)|instale|baixe|scarica(?:te)?|"
    "laden sie|holen sie sich|installieren sie|pobierz|zainstaluj|ściągnij|stáhněte|stáhni|nainstalujte|stiahnite|"
    "stiahni|nainštalujte|descarcă|descărcați|instalează|töltse le|töltsd le|скачайте|скачай|загрузите|установите|"
    "завантажте|встановіть|изтеглете|свалете|preuzmite|преузмите|κατεβάστε|unduh|muat turun|tải|ladda ner|hämta|"
    "hent|last ned|lataa|pakua|i-download"
)
# An app's name in many languages, as a prompt to install it and a story's prose both write it
_APP_NAMES = (
    r"apps?|appen|aplikac\w*|aplikác\w*|aplikasi\w*|aplicaci[oó]n|aplicativo|aplica[tț]i\w*|applicazione|"
    r"alkalmazás\w*|applikáció\w*|приложени\w*|застосун\w*|sovellu\w*|ứng dụng|ऐप|एप|অ্যাপ\S*|تطبيق\S*"
)
# ... and as a prompt writes it too ("application", "programu": in a story, a planning application, a programme)
_APP_WORDS = (
    rf"{_APP_NAMES}|appi|appka|appl?i|applikation(?:en)?|aplicação|application|додат(?:ок|ку)|апликациј\w*|"
    r"aplikacij\w*|εφαρμογή|programu"
)
_APP_PROMPTS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "promo",
        re.compile(
            rf"(?:^|[.!?:;|–—…]\s*)\W{{0,3}}(?:{_APP_VERBS})\b(?:\s+\S+){{0,7}}?\s+\W{{0,2}}(?:[ld][’']\s?)?"
            rf"(?:{_APP_WORDS})(?!\w)|"
            r"(?:செயலி\S*|యాప్\S*)(?:\s+\S+){0,4}\s+(?:பதிவிறக்க|డౌన్)|"
            # the app before the verb, as German and Dutch prompts put it, the site's own or with its promise of
            # news ("Mit der Example-App keine Nachricht verpassen – jetzt kostenlos herunterladen"; not a story's
            # "Die Corona-Warn-App können Nutzer ab sofort herunterladen."); Arabic, Hindi and Bengali prompts for
            # the site's own app ("our app": "حمّل تطبيقنا ...", "डाउनलोड करें हमारा ऐप", "আমাদের অ্যাপ ডাউনলোড
            # করুন"; a government's app that a story tells the reader to install is no prompt)
            r"\b(?:unsere[nr]?|onze)\s+(?:\S+\s+)?apps?\b[^.!?]{0,80}\b(?:herunterladen|installieren|downloaden)\b|"
            r"\bapps?\b[^.!?]{0,80}\b(?:keine (?:nachricht|news)\w*(?:\s+\S+){0,4}?\s+verpassen|"
            r"nichts (?:mehr )?verpassen|niets (?:meer )?missen|geen nieuws (?:meer )?missen)\b[^.!?]{0,40}"
            r"\b(?:herunterladen|downloaden)\b|"
            # ... or an imperative's infinitive that closes a short line: "Jetzt die neue Example-App herunterladen",
            # "Die neue Example-App: Jetzt kostenlos herunterladen", no finite verb between (not "Jetzt können Bürger
            # die App herunterladen.", "Jetzt muss jeder Kunde die neue App herunterladen.")
            r"^\W*jetzt\s+(?:(?:die|unsere|neue|kostenlose|gratis)\s+){0,3}[\w-]*apps?\b(?:\s+[\w-]+){0,3}?\s+"
            r"(?:herunterladen|downloaden)\W*$|"
            r"\bapps?\s*:\s*jetzt\b[^.!?]{0,40}\b(?:herunterladen|downloaden)\W*$|"
            r"(?:حمّل|حمل|حمّلوا|نزّل|نزل|بتحميل)\s+(?:\S+\s+){0,2}?تطبيقنا|"
            r"डाउनलोड\s+कर(?:ें|े|िए)\s+(?:हमारा|हमारे)\s+(?:ऐप|एप)|(?:हमारा|हमारे)\s+(?:ऐप|एप)\s+(?:\S+\s+){0,2}?डाउनलोड|"
            r"আমাদের\s+অ্যাপ\S*\s+(?:\S+\s+){0,2}?ডাউনলোড",
            _FLAGS,
        ),
        frozenset(
            "herunterladen installieren downloaden حمّل حمل حمّلوا نزّل نزل بتحميل डाउनलोड ডাউনলোড "
            "téléchargez télécharge installez descarga descargá descargue descárgate descargate descargala descárgala "
            "instale baixe scarica scaricate laden holen installieren pobierz zainstaluj ściągnij stáhněte "
            "stáhni nainstalujte stiahnite stiahni nainštalujte descarcă descărcați instalează töltse töltsd скачайте "
            "скачай загрузите установите завантажте встановіть изтеглете свалете preuzmite преузмите κατεβάστε "
            "unduh muat tải ladda hämta hent last lataa pakua செயலியைப் செயலியை యాప్‌ను యాప్".split()
        ),
    ),
)
_APP_VERB_WORDS = _APP_PROMPTS[0][2]
# A prompt to turn on the site's notifications: its imperative opens the line, the notifications a few words after
# it, and the line speaks of the site's own ("Activez nos notifications", "Aktivieren Sie unsere
# Push-Benachrichtigungen") or says nothing else ("Włącz powiadomienia"); not reported advice ("Activate our
# emergency alerts, the county sheriff told residents.") nor a longer line about a phone's or a service's alerts.
_NOTIFICATION_VERBS = (
    r"turn on|switch on|enable|activate|ative|ativar|activez|activer|activa|activá|"
    r"activar|habilita|attiva|attivate|aktiviere|aktivieren sie|włącz|zapněte|zapnite|"
    r"kapcsolja be|kapcsold be|activează|activați|включите|увімкніть|aktifkan|bật|slå på|aktivera"
)
_NOTIFICATION_WORDS = (
    "notifications notification notificações notificaciones notifiche benachrichtigungen "
    "push-benachrichtigungen push-mitteilungen powiadomienia upozornění upozornenia értesítéseket értesítést "
    "notificările notificări уведомления сповіщення notifikasi notiser aviseringar meldingen alerts alert alertas "
    "alertes avisos"
)
_NOTIFICATION_PROMPT = re.compile(
    rf"^\W{{0,3}}(?:{_NOTIFICATION_VERBS})\s+(?:\S+\s+){{0,3}}?(?:push[- ]?)?(?:"
    + "|".join(sorted(set(_NOTIFICATION_WORDS.split()), key=len, reverse=True))
    + r")(?!\w)",
    _FLAGS,
)
# what makes such a line the site's: news, the site's own notifications ("our", "nos", "unsere", ...)
_NOTIFICATION_SITE = re.compile(
    r"\b(?:our|nos|nuestras|nossas|nostre|unsere|onze|nasze|naše|наши|наші)\b",
    _FLAGS,
)
NOTIFICATION_PROMPT_WORDS, NOTIFICATION_BARE_WORDS, NOTIFICATION_LINE_CHARS = 15, 6, 220
# whose notifications they are, named after them: someone else's ("del Gobierno", "в приложении МЧС")
_WHOSE = re.compile(r"\s+(?:del|de la|de l['’]|des|du|der|of|from|от|в|у|di|della|do|da|van|z|ze|της|του)\b", _FLAGS)
# "News" in the languages of the app and notification prompts (what both promise)
_NEWS_WORDS = (
    r"news|noticias|notícias|notizie|nieuws|wiadomości|zprávy|správy|știri|știrile|hírek|hírekről|новост\w*|"
    r"новин\w*|haber\w*|berita|tin tức|uutiset|uutisia|nyheter|nyheder|ειδήσεις"
)
# the news a site's notifications promise (not a sheriff's or a weather service's alerts)
_NEWS_PROMISE = re.compile(rf"(?<!\w)(?:{_NEWS_WORDS}|(?:l['’])?actualités?|nachrichten)(?!\w)", _FLAGS)


def notification_prompt(line: str) -> bool:
    """Whether ``line`` is a prompt to turn on the site's notifications (:data:`_NOTIFICATION_PROMPT`)."""
    words = word_count(line)
    found = _NOTIFICATION_PROMPT.match(line) if words <= NOTIFICATION_PROMPT_WORDS else None
    if found is None or _reported(line):
        return False
    if _NOTIFICATION_SITE.search(line) is not None:
        return True
    if _NEWS_PROMISE.search(line, found.end()) is not None and _WHOSE.match(line, found.end()) is None:
        return True  # its news: "Activez les notifications pour suivre l'actualité"; not "las alertas del Gobierno"
    # bare: nothing but the prompt, of notifications (a sheriff's or a weather service's alerts are a story's
    # advice: "Turn on Amber alerts")
    return words <= NOTIFICATION_BARE_WORDS and not _ALERTS.search(found.group())


# the verbs of reported speech that :data:`_REPORTING` leaves to the rules that read them: a line that reports
# someone's words is the story's ("... the scam text said", "..., schrieb der Kläger", "escribió el presidente")
def _reported(line: str) -> bool:
    """Whether ``line`` reports someone's words, by :data:`_REPORTING` or :data:`_MORE_REPORTING`."""
    return _REPORTING.search(line) is not None or _MORE_REPORTING.search(line) is not None


_MORE_REPORTING = re.compile(
    r"\b(?:said|says|told|urged|complained|wrote|joked|schrieb|sagte|erklärte|escribió|dijo|afirmó|skriver|"
    r"sade|segundo|según|selon|secondo|zei|volgens|tłumaczy|vysvětluje|adviseert|undrar)\b",
    _FLAGS,
)


_ALERTS = re.compile(r"(?:alerts?|alertas|alertes|avisos)$", re.IGNORECASE)


# A prompt to follow or join the site on a messaging app or a social network, in a line of 25 words at most
# in the imperative of many languages: "Sertai saluran WhatsApp kami ...", "Приєднуйтесь до нашого
# Telegram-каналу", "کانال تلگرام ما را دنبال کنید", "Seko mums arī Telegram un Facebook", "Yuk, gabung di
# Grup Telegram"; read only on a line naming one (English, Spanish, French and German have their own rule).
_CHANNEL_PROMPTS: tuple[tuple[str, re.Pattern[str], frozenset[str]], ...] = (
    (
        "promo",
        re.compile(
            r"^(?=(?:\S+\s+){0,24}\S+\s*$)(?=.*?(?<!\w)(?:"
            r"seguici|unisciti|iscriviti|sigam|inscreva-se|sertai|ikuti|gabung|dołącz|dołączcie|obserwuj|śledź|"
            r"sledujte|pridajte sa|přidejte se|kövesse|kövess|csatlakozz(?:on)?|urmărește|urmăriți|alătură-te|"
            r"alăturați-vă|abonează-te|подпишитесь|подписывайтесь|присоединяйтесь|читайте|следите|приєднуйтесь|"
            r"підписуйтесь|стежте|seko|sekojiet|pievienojies|sekite|prisijunkite|jälgi|liitu|följ|gå med i|følg|"
            r"liity|seuraa|katılın|takip edin|تابعوا|تابعونا|انضموا|انضم|دنبال کنید|بپیوندید|عضو شوید|הצטרפו|"
            r"להצטרפות|עקבו|फॉलो करें|जुड़ें|இணையுங்கள்|பின்தொடருங்கள்|చేరండి|fuata|jiunge|sundan"
            r")(?!\w))",
            _FLAGS,
        ),
        frozenset(
            "whatsapp whatsappie whatsappa whatsappu telegram telegramie telegramu telegrama telegramm viber "
            "instagram instagramie facebook facebooku facebooka youtube tiktok телеграм телеграме телеграмі "
            "вайбер вайбері واتساب الواتساب تلگرام تيليغرام تلغرام تيلجرام טלגרם הטלגרם וואטסאפ ווטסאפ הווטסאפ "
            "వాట్సాప్ வாட்ஸ்அப் टेलीग्राम व्हाट्सएप व्हॉट्सऐप হোয়াটসঅ্যাপ টেলিগ্রাম".split()
        ),
    ),
)
# an app named in a story's prose
_APP_WORD = re.compile(
    rf"(?<!\w)(?:{_APP_NAMES}|l[’']application|uygulama\w*)(?!\w)|செயலி|యాప్|تطبيق|אפליקצי",
    _FLAGS,
)


def app_prompt(text: str) -> bool:
    """Whether ``text`` is a prompt to install an app that only :data:`_APP_PROMPTS` reads as boilerplate
    (a site's own prompt that another rule names, "Pobierz aplikację ...", is not asked about)."""
    return (
        not _APP_VERB_WORDS.isdisjoint(lowered_words(text))
        and _APP_PROMPTS[0][1].search(text) is not None
        and _rules_reason(text, None, _APP_RULE) is None
    )


# News, updates, alerts: what a site's app promises ("pour ne rien manquer de l'actualité", "y seguí las
# noticias", "untuk berita terkini", "og få varsler om nyheter", "để đọc tin nhanh").
_APP_NEWS = re.compile(
    rf"(?<!\w)(?:{_NEWS_WORDS}|actualités?|infos?|nachricht(?:en)?|meldungen|híreiről|híreit|tin|"
    r"أخبار|الأخبار|خبر|اخبار|חדשות|समाचार|செய்தி\w*|వార్తల\w*|varsler|alertas|alerts|"
    r"notifications|notificaciones|notificações|benachrichtigungen|уведомления|сповіщення|powiadomienia|"
    r"bildirim\w*|thông báo|ilmoitukset|aviseringar|notifikationer|értesítések)(?!\w)",
    _FLAGS,
)
APP_PROMPT_WORDS = 8  # a prompt to install the site's app that promises no news is this short


def site_app_prompt(text: str) -> bool:
    """Whether an :func:`app_prompt` reads as a site's prompt for its own app: it promises news or alerts,
    or it is a line of ``APP_PROMPT_WORDS`` words at most ("Baixe o app do Jornal do Porto."); not an
    institution's app that a story tells the reader to install ("Descarcă aplicația primăriei și creează un
    cont ...")."""
    return len(text.split(maxsplit=APP_PROMPT_WORDS)) <= APP_PROMPT_WORDS or _APP_NEWS.search(text) is not None


def names_an_app(text: str) -> bool:
    """Whether ``text`` names an app ("the city's parking app", "aplicația primăriei")."""
    return _APP_WORD.search(text) is not None


# Every rule with the words that let it run, the other languages' and the notices' after their reason's own
# rule.
_EXTRA_RULES = (
    *_OTHER_LANGUAGES,
    *_NOTICES,
    *_MORE_NOTICES,
    *_FORM_NOTES,
    *_MORE_NOTICE_LANGUAGES,
    *_MORE_COOKIES,
    *_MORE_APPEALS,
    *_PRESS_RELEASE,
    *_PRESS_ETHICS,
    *_APP_PROMPTS,
    *_CHANNEL_PROMPTS,
)
_ALL_RULES: tuple[tuple[str, Anchored, frozenset[str]], ...] = tuple(
    (rule[0], Anchored(rule[1]), rule[2])
    for name, pattern in _RULES
    for rule in ((name, pattern, _RULE_WORDS[name]), *(other for other in _EXTRA_RULES if other[0] == name))
)
# A reason's words, for the classifier's features: its own rule's and its other rules'.
_TRIGGERS: dict[str, frozenset[str]] = {
    name: frozenset().union(words, *(other[2] for other in _EXTRA_RULES if other[0] == name))
    for name, words in _RULE_WORDS.items()
}
# Words that let the rules of rarer notices run but are common in a story's prose: alone, they do not
# make a paragraph one the rules react to (:func:`reacts_to`), whose short prose the classifier scores.
_QUIET_WORDS = frozenset(
    "partners information latest receive receives join commercial file posts coverage send letters tip invest upgrade "
    "catch supported supporters gift nonprofit thoughts feedback standards solely expressed podcast podcasts "
    "signal wherever subscribers profit journalism corrections comments views community enjoy error "
    "mistake meld đăng tilaa dõi fehler jetzt hier covers save canal recibe comment commenter réagir commentare "
    "pierwszy yorum get turn find sigue nuestro archive courtesy economista docente analista "
    "yorumu первым bình корреспондент журналист обозреватель редактор صحفي صحفية صحافي صحافية مراسل مراسلة "
    "محرر محررة fotos imagem imagen المصدر crédit ph использование копирование воспроизведение "
    "conversation posten kommentieren connectée comentar reageren коментар комментарий diskuse توهین "
    "segui unisciti veja vídeos vídeo группе abone recevez recibí recibi mailbox schrijf daftar editor "
    "jurnalist jurnalistă corespondent kirjoittaja rejoignez únase unase canal receba kövesse takip uygulamasını "
    "pobierz töltse chcete tips ascolta suscríbase adgang exklusiv wochen mejlen inkorg inkorgen anmäl розсилка "
    "рассылка "
    "información informações files πηγή nyhetsartikel recension anmeldelse krönika ledare debattartikel analys "
    "kronikk åsikter opiniile exprimées erreur faute encontrado errore encontrou fout znalazłeś ошибку помилку "
    "kommentieren netiquette commenting "
    "visualisierung grafik illustration beeld fot הדמיה צילום عکس عکاس фото photo foto bild fotó zdjęcie fotoğraf "
    "kuva φωτογραφία صورة תמונה video videos vídeo vídeos vidéo vidéos watch видео відео فيديو ویدئو ویدیو "
    "וידאו "
    # (the words of a form's furniture: :data:`_FORM_NOTES`)
    "spam unsubscribe never abmeldung abbestellbar jederzeit désinscription désinscrire désabonner qualsiasi qualquer "
    "afmelden uitschrijven valid invalid thanks thank subscribed republication redistribution licensed also "
    "sending subscribing registering "
    "right continue continui weiterhin continuez continúas continuas continua continuar blijft blijven joining message "
    "issues delivered buy purchase corporate "
    # the newer notices' words that prose uses too
    "developing updated listen sign reach journalist correspondent columnist poll video clip highlights "
    "interactive forum comment melden giriş komentar commento pubblicato comentários comentarios "
    "clicking klicken klick tip tipp hinweis info photo foto receba seguici "
    # the newer prompts' and notices' words that prose uses too
    "få last active enable fel feil fejl committed regulated adhere adheres subscribes hãy telli "
    # the file pictures' words that prose uses too
    "representational representative illustrative archivio repertorio архив αρχείο arşiv temsili ilustrasi minh "
    "tư ארכיון آرشیو "
    # a gallery's words
    "afbeelding bilde bildergalerie bildgalleri billede fotogaleria fotogalerie fotogalerija fotogalería fotogalleri "
    "fotogaléria galeria galerie galerii galerija galería galleria gallery galéria immagine slide snímek εικόνα "
    "галерея галерија "
    # the photo credits' plural labels
    "bilder fotky fotoğraflar fotók kuvat snímky zdjęcia φωτογραφίες фотографии".split()
)
# an app's and a messaging channel's prompts' words are common words too: "tải", "hent", "last", "muat", "whatsappie"
_QUIET_WORDS |= _APP_VERB_WORDS | (_CHANNEL_PROMPTS[0][2] - _RULE_WORDS["promo"] - _RULE_WORDS["share"])
# and the affiliate notes' words of more languages: a story's "commissie" or "ersättning" is no prompt
_QUIET_WORDS |= frozenset("commissie prowizję provizi ersättning jutalékot".split())
_ANY_TRIGGER = frozenset().union(*_TRIGGERS.values(), _COMMENT_FORM_WORDS, _SITE_NOTE_WORDS)
# The words a row of buttons split by single spaces may open with (:func:`button_row`).
_ROW_FIRST_WORDS = ROW_BUTTONS | _TRIGGERS["share"]
_SHARE_RULES = tuple(pattern for name, pattern, _ in _ALL_RULES if name == "share")  # read by _row_item
# For each trigger word, the rules (indices into _ALL_RULES) it lets run; "©" lets the legal rule run.
_RULES_OF_WORD: dict[str, tuple[int, ...]] = {
    word: tuple(i for i, (_, _, words) in enumerate(_ALL_RULES) if word in words) for word in _ANY_TRIGGER
}
_LEGAL_RULE = next(i for i, (name, _, _) in enumerate(_ALL_RULES) if name == "legal")
_APP_RULE = next(i for i, (_, rule, _) in enumerate(_ALL_RULES) if rule.pattern is _APP_PROMPTS[0][1])
ANY_TRIGGER = _ANY_TRIGGER
LABEL_WORDS = 14
TRIGGER_REASONS = _TRIGGERS


def lower(text: str) -> str:
    """``text`` in lower case, Turkish "İ" as "i" ("İlgili" is "ilgili", not "i" + a combining dot)."""
    lowered = text.lower()
    return lowered.replace("i\u0307", "i") if "\u0307" in lowered else lowered


@lru_cache(maxsize=4096)  # asked of the same paragraphs by the rules and the features
def lowered_words(text: str) -> frozenset[str]:
    """The distinct words (:data:`~copydesk.clean.text.WORD`) of ``text``, in lower case."""
    return frozenset(_WORD.findall(lower(text)))


def trigger_words(text: str) -> frozenset[str]:
    """The words of ``text`` that some rule reacts to."""
    return _ANY_TRIGGER.intersection(lowered_words(text))


def reacts_to(words: AbstractSet[str]) -> bool:
    """Whether a paragraph with these :func:`trigger_words` is one the rules react to, whose short prose
    the classifier scores: some of them is not a common word of prose that only a rarer notice's rule
    reads."""
    return not words <= _QUIET_WORDS


def sentence_trigger_words(sentence: str, paragraph_words: AbstractSet[str]) -> AbstractSet[str]:
    """:func:`trigger_words` of a sentence of a paragraph whose trigger words are ``paragraph_words``.
    Sentences split between words, so a sentence's trigger words are some of its paragraph's, and each
    is a part of the sentence's lowered text: when none is, the sentence has none, and its words need
    not be read."""
    if paragraph_words:
        lowered = lower(sentence)
        if any(word in lowered for word in paragraph_words):
            return trigger_words(sentence)
    return frozenset()


def reason(text: str, words: AbstractSet[str] | None = None, notices: bool = True) -> str | None:
    """Why a paragraph or sentence is boilerplate, or ``None`` when it reads as article text.
    ``words``: :func:`trigger_words` of ``text`` when the caller has them already; ``notices=False``: the
    caller knows ``text`` holds none of an appeal's or a paywall's words (:func:`notice_parts` of the
    paragraph a sentence is from)."""
    if not text:
        return None  # nothing to remove ("Filed under: Harbour |" leaves an empty tag after its bar)
    found = _rules_reason(text, words, notices=notices)
    if found is None and len(text) <= PAGE_NOTE_CHARS:
        found = page_note(text)
    if found is None and "@" in text and _EMAIL_LINE.match(text):
        return "bio"  # the author's address alone under the story: "jane@harbourpost.example"
    if found is None and "@" in text and tip_line(text):
        return "promo"  # "Har du tips i denne saken? Kontakt oss på tips@example.no", in any language
    bracketed = found is None and text[-1] in ")）" and text[0] in "(（"
    if bracketed and (_AGENCY_CODE.match(text) or _CREDIT_IN_BRACKETS.match(text) or bracketed_photo_credit(text)):
        return "credit"  # an agency's code, a photo's credit or its source alone: "(VPA)", "(Zdroj: Example/Ján)"
    if bracketed and (closes_with_credit(text) or _SOURCE_IN_BRACKETS.match(text)):
        # a caption's credit in brackets, a sentence of its own: "(Marcus Example/Riverside Courier)"; where the
        # story's facts come from: "(Avec Keystone-ATS)", "(With AP)"
        return "credit"
    if found is None and text[:8].lower() == "see also" and len(text) <= SEE_ALSO_CHARS and _SEE_ALSO.match(text):
        return "promo"  # a link to another story: "See also: Harbour fees to rise in May" ("see" lets no rule run)
    if found is None and text[:6].lower() == "source" and _SOURCE_LINE.match(text):
        return "credit"  # where a chart's or a list's facts come from: "Source: Harbour Board, October 25, 2019"
    if found is None and text[:4].lower() in _MORE_ON_STARTS and _MORE_ON.match(text):
        return "promo"  # a link to more on the story's subject: "Meer over werkgelegenheid: Krapte op ..."
    if found is None and len(text) <= SOURCE_LINE_CHARS and source_line(text):
        return "credit"  # the same in other languages: "Fonte: Centro funzionale ...", "Bron: jaarverslagen ..."
    if found is None and len(text) <= PICTURE_LINE_CHARS and picture_line(text):
        return "credit"  # a photo's credit, a gallery's counter and caption, a video's title and length
    if found is None and len(text) <= AP_CAPTION_CHARS and ap_caption(text):
        return "credit"  # "Jane Example speaks during a rally in Dover, Del., Tuesday, Nov. 19, 2019."
    if found is None and len(text) <= AP_CAPTION_CHARS and wire_caption(text):
        return "credit"  # "FILE PHOTO: Traders work ... REUTERS/Jane Example", "2of4A shopper looks at ..."
    if found is None and "ourtesy" in text[:16].lower() and _COURTESY_LINE.match(text):
        return "credit"  # a picture's source alone on its line: "Courtesy of Andrew Example", "Photo courtesy: ..."
    if found is None and text[:4] in ("Prev", "Next") and _PAGER_LINK.match(text):
        return "navigation"  # a theme's link to the previous post, its icon's text glued on: "PrevPrevious ..."
    contact = found is None and ":" in text and len(text) <= CONTACT_LINE_CHARS
    if contact and not is_sentence(text) and _PHONE.search(text):
        return "navigation"  # the publisher's address: "Example GmbH Hafenweg 20 CH-8640 Rapperswil Tel.: +41 55 ..."
    if found is None and len(text) <= SOCIAL_LINE_CHARS and ("/" in text or "@" in text) and _social_links(text):
        return "promo"  # the site's channels, in any language: "ติดตามได้ที่: เฟซบุ๊ก https://fb.me/x ทวิตเตอร์ ..."
    if found is None and len(text) <= EMBED_LINE_CHARS and embed_label(text):
        return "navigation"  # an embedded post's labels: "Открыть в Telegram", "Un post condiviso da X (@x)"
    if found is None and len(text) <= PAYWALL_LINE_CHARS and paywall_line(text):
        return "promo"  # a paywall's box: "Already a subscriber? Log in", "Abonnez-vous pour 1€ le premier mois"
    if found is None and len(text) <= NOTIFICATION_LINE_CHARS and notification_prompt(text):
        return "promo"  # "Turn on notifications for breaking news", "Activez nos notifications"
    if found is None and len(text) <= NEWSROOM_NOTE_CHARS and newsroom_note(text):
        return "legal"  # "A jornalista viajou a convite da ...", "... mit Unterstützung von KI ... geprüft."
    if found is None and len(text) <= NEWSLETTER_BOX_CHARS and newsletter_box(text):
        return "newsletter"  # "By submitting your information, you agree to ... Privacy Policy", "... per E-Mail"
    if found is None and len(text) <= DISCLAIMER_CHARS and disclaimer_line(text):
        return "legal"  # "Мнение автора может не совпадать с позицией редакции", "... 不构成投资建议。"
    if found is None and text[:1] in "#>»▶☞":
        if text[0] == "#" and (_HASHTAGS.match(text) or _HASHTAG.match(text)):
            return "navigation"  # a line of hashtags only: "#harbour #dredging #winter", "#HarbourTown"
        if text.startswith((">>", "»", "▶", "☞")) and "«" not in text and _linked_headline(text):
            # another story's headline behind a link's arrows: ">> Ferry fares rise in May", "▶ ..." (Korean and
            # Japanese sites' links; not "►", a bullet of some sites' own lists)
            return "promo"
    return found


# A bio's opening in any language: a person's name, two or three capitalised words (an article before it or
# not: "Η Ελένη ..."), "is", then a journalist's trade within two words ("je redaktor", "е репортер", "on
# Tampereen toimituksen toimittaja", "er journalist"); not "It is ...", "Das Urteil ist ein Angriff auf alle
# Journalisten".
# The words before "editor" or "writer" that make them a newsroom's, and before "critic" an art's
_NEWSROOM_QUALIFIED = "|".join(
    f"(?<={word} )"
    for word in "senior managing deputy news features sports politics staff contributing associate executive "
    "assistant digital city metro opinion business science technology tech".split()
)
_ART_QUALIFIED = "|".join(
    f"(?<={word} )" for word in "film movie theatre theater music art book literary restaurant food dance".split()
)
_CLOSING_BIO = re.compile(
    r"^(?:(?:η|ο)\s+)?(?!(?:it|this|that|there|he|she|they|das|der|die|es|er|sie|il|elle|ce|det|den|han|hun|"
    r"to|ten|ta|это|он|она|αυτό|αυτός|αυτή)\s)"
    r"(?:(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁЄІЇΑ-ΩΆ-Ώ])[\w'’.-]*\s+){2,3}"
    r"(?:is|ist|jest|est|es|è|é|este|e|je|е|є|on|er|är|είναι|van|yra|ir|ni|adalah|là)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<trade>journalist|reporter|redaktor|redaktør|redaktör|redakteur|correspondent|korrespondent|columnist|"
    # the trades that name other things too, only with a newsroom's word before or after them ("is a senior
    # editor at", "is a film critic"; not "the editor of the plan's report", "a critic of the expansion")
    rf"(?:{_NEWSROOM_QUALIFIED})(?:editor|writer)(?!\w)|(?:{_ART_QUALIFIED})critic(?!\w)|"
    # a compound of the trade ("forbrugerjournalist", "sportsjournalist", "Wirtschaftsredakteurin"; not an editor in
    # chief, "Chefredakteur", "sjefredaktør", whom news of the media names)
    r"(?!chef|sjef|hoofd|haupt|главн)[^\W\d_]{3,}(?:journalist|redakteur|redacteur|redaktør|redaktör|reporter|"
    r"korrespondent|verslaggever)|verslaggever|verslaggeefster|"
    r"critique(?= (?:littéraire|de cinéma|de théâtre|musical|musicale|d'art|gastronomique))|"
    r"crític[oa](?= (?:de cine|literari[oa]|de arte|musical|gastronómic[oa]))|"
    r"critic[oa](?= (?:cinematografic[oa]|letterari[oa]|musicale|d'arte|gastronomic[oa]))|"
    r"rédacteur|rédactrice|redactor|redattore|redattrice|"
    r"novinář|novinár|novinar|новинар|журналист|журналіст|репортер|редактор|кореспондент|корреспондент|"
    r"toimittaja|δημοσιογράφ|συντάκτ|dziennikar|újságíró|riporter|szerkesztő|gazetar|žurnalist|žurnālist|"
    r"ajakirjanik|gazeteci|muhabir|wartawan|jurnalis|nhà báo|phóng viên|mwandishi|periodista|giornalista|"
    r"jornalista|journaliste|jurnalist)",
    _FLAGS,
)


def closing_bio(line: str) -> str | None:
    """The journalist's trade of ``line`` when it opens as an author's bio: a name, "is" (or a dash), the
    trade (:data:`_CLOSING_BIO`, :data:`_DASHED_BIO`, :data:`_HEBREW_BIO`); else None."""
    found = _CLOSING_BIO.match(line) or _DASHED_BIO.match(line) or _HEBREW_BIO.match(line)
    found = found or _HUNGARIAN_BIO.match(line)
    if found is None:
        return None
    trade = found.group("trade")
    base = _COMPOUND_BASE.search(trade)  # a compound's trade is its last part: "photojournalist" is a journalist
    return base.group() if base is not None and base.start() > 0 else trade


_COMPOUND_BASE = re.compile(
    r"(?:journalist|redakteur|redacteur|redaktør|redaktör|reporter|korrespondent|verslaggever)$", re.I
)


# A Hungarian bio, the trade closing it in its possessive: "Kovács Eszter a Megyei Hírlap egészségügyi témákkal
# foglalkozó újságírója."
_HUNGARIAN_BIO = re.compile(
    r"^(?-i:[A-ZÁÉÍÓÖŐÚÜŰ])[\w'’-]+\s+(?-i:[A-ZÁÉÍÓÖŐÚÜŰ])[\w'’-]+\s+az?\s+[^.!?]{0,100}?"
    r"(?<=\s)(?P<trade>újságírója|riportere|tudósítója|szerkesztője|rovatvezetője)\.?$",
    _FLAGS,
)
# A Hebrew bio, whose names have no capitals: two or three words, "is", the trade ("נועה לוי היא כתבת ..."; not a
# lawyer, "עורך דין")
_HEBREW_BIO = re.compile(
    r"^[\u05d0-\u05ea\u05be\u05f3\u05f4'\"-]+(?:\s+[\u05d0-\u05ea\u05be\u05f3\u05f4'\"-]+){1,2}\s+(?:הוא|היא)\s+"
    r"(?:[\u05d0-\u05ea]+\s+)?(?P<trade>כתבת|כתב|עיתונאית|עיתונאי|עורכת|עורך)(?![\u05d0-\u05ea])(?!\s+דין)"
)
# A reporter's profile under the story in Japanese: the name and a space, the bureau, the year they joined the paper
# and what they cover ("佐藤健一　県東部支局。２０１５年入社。自治体、交通を担当。"; not a company's news of a manager,
# "田中氏は１９８５年入社。主に海外営業を担当し、...")
_REPORTER_PROFILE = re.compile(r"[^\s　。、]{2,6}[ 　]+[^。]{0,20}。?[^。]{0,10}[\d０-９]{4}年入社.{0,60}担当")
REPORTER_PROFILE_CHARS = 120


def reporter_profile(line: str) -> bool:
    """Whether ``line`` is a Japanese reporter's profile (:data:`_REPORTER_PROFILE`)."""
    return len(line) <= REPORTER_PROFILE_CHARS and _REPORTER_PROFILE.match(line.strip()) is not None


# A bio with a dash for "is": "Piotr Przykład – dziennikarz i publicysta ...", "Тарас Приклад — літературний
# критик, ..."
_DASHED_BIO = re.compile(
    r"^(?:(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁЄІЇΑ-ΩΆ-Ώ])[\w'’.-]*\s+){1,2}(?-i:[A-ZÀ-ÞĀ-ŽА-ЯЁЄІЇΑ-ΩΆ-Ώ])[\w'’.-]*\s+[–—]\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<trade>journalist|reporter|redaktor|redakteur|correspondent|columnist|publicist|"
    r"novinář|novinár|novinar|новинар|журналист|журналіст|репортер|редактор|кореспондент|корреспондент|критик|"
    r"публіцист|публицист|обозреватель|оглядач|toimittaja|δημοσιογράφ|dziennikar|publicyst|felietonist|újságíró|gazetar|žurnalist|"
    r"ajakirjanik|gazeteci|wartawan|jurnalis|periodista|giornalista|jornalista|journaliste|jurnalist|critic|kritik)",
    _FLAGS,
)
# An op-ed's note on its writer, who is not named: "The writer is a professor of ...", "Kirjoittaja on ...",
# "Mwandishi ni mhadhiri ...", "（作者系...副教授）", "필자는 ..." (not "the author", "l'auteur", "el autor": a
# review's last paragraph may speak of the book's)
_AUTHOR_IS = re.compile(
    r"^\W{0,2}(?:the writer is (?:a|an|the|former|currently)\b|the writers are\b|kirjoittaja on\b|mwandishi ni\b|"
    r"skribenten (?:är|er)\b|"
    r"(?:作者|筆者)(?:系|为|為|は)|필자는|글쓴이는|הכותב(?:ת)? (?:הוא|היא)\b)",
    _FLAGS,
)
AUTHOR_NOTE_WORDS = 60  # an op-ed's note on its writer is this short


def author_note(line: str) -> bool:
    """Whether ``line`` is an op-ed's note on its unnamed writer (:data:`_AUTHOR_IS`), a few sentences."""
    return (
        word_count(line) <= AUTHOR_NOTE_WORDS
        and _AUTHOR_IS.match(line.lstrip("（(")) is not None
        and _REPORTING.search(line) is None
    )


TIP_LINE_WORDS = 30  # a prompt for readers' tips, its question and the newsroom's address, is this short
# the question, then the newsroom's address last: its mailbox a newsroom's ("tips@", "redakce@", "newsdesk@"),
# not a police force's or a school's ("appeals@kentpolice...", "centenary@...")
_QUESTION_THEN_ADDRESS = re.compile(
    r"^[^.!?\n\"“„«]{8,160}[?？؟]\s+\S[^?？؟]{0,160}?(?<![\w.+-])"
    r"(?:tips?|tipy|tipset|tipsa|redak\w*|redac\w*|redaz\w*|redaks\w*|редакц\w*|news|newsdesk|newsroom|desk|"
    r"nyhet\w*|nyhed\w*|uutiset|toimitus|hirek|vijesti|novinky|zpravy|spravy|noticias|nachrichten|jebo)"
    r"@[\w-]+(?:\.[\w-]+)+\W*$",
    re.IGNORECASE,
)


def tip_line(text: str) -> bool:
    """A prompt for readers' tips, in any language: a question to the reader, then where to send them, the
    newsroom's address last ("Har du tips om saken? Kontakt oss på tips@example.no", "Máte fotky z místa?
    Pošlete nám je na redakce@example.cz."; a story's sentence names its address inside, not last)."""
    return word_count(text) <= TIP_LINE_WORDS and _QUESTION_THEN_ADDRESS.match(text) is not None


_EMAIL_LINE = re.compile(
    # alone or under its label: "E-mail: redaktion@example.de", "Эл. почта: news@example.ru"
    r"^\s*(?:(?:e-?mail|courriel|correo(?: electrónico)?|e-post|sähköposti|эл\.? ?почта|электронная почта)\s*:\s*)?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$",
    re.IGNORECASE,
)
SOCIAL_LINE_CHARS = 300  # a line of the site's channels is this long at most
# "Source: Harbour Board, October 25, 2019"; a wire's line under a press release: "SOURCE Harbour Tech Inc."
_SOURCE_LINE = re.compile(
    r"^sources?\s*:\s*(?-i:[A-Z])[^.!?]{1,100}$|^(?-i:SOURCE)\s+(?-i:[A-Z])(?=[^!?]*(?-i:[a-z]))[^!?]{1,80}$",
    re.IGNORECASE,
)
# Whose picture it is, a name (its words capitalised) or "the artist": no sentence ("Photo courtesy of the
# Harbour Society shows the pier in 1923." is a caption's sentence, the story's)
_COURTESY_SOURCE = (
    r"(?:(?:the|a|an)\s+[\w'’-]+(?:\s+(?-i:[A-Z\d])[\w'’&/.-]*)*|"
    r"(?-i:[A-Z\d])[\w'’&/.-]*(?:\s+(?:(?-i:[A-Z\d])[\w'’&/.-]*|of|and|the|de|&|/))*)"
)
_COURTESY_LINE = re.compile(
    r"^(?:(?:photos?|images?|pictures?|video|graphic)\s+courtesy(?:\s+of)?\s*[:：]?|"
    r"(?-i:Courtesy|COURTESY)(?:\s+(?-i:of|OF))?\s*[:：]|(?-i:Courtesy of|COURTESY OF))\s*"
    rf"{_COURTESY_SOURCE}\.?$",
    re.IGNORECASE,
)
# A link to more on the story's subject, its label and the other story's headline (its first word capitalised, no
# sentence's stop at its end): "More on this story: Harbour fees to rise in May", "Meer over werkgelegenheid in de
# regio: Krapte ..."; not "More on that: the council has not decided"
_MORE_ON = re.compile(
    r"(?:more (?:on|about)|meer over|más sobre|plus sur|più su|mais sobre|więcej o|více o|viac o|mer om|mere om|"
    r"mehr über|mehr zu|lisää aiheesta)\b[^:.!?]{0,60}:\s*(?-i:[^\W_a-zß-ÿ]|[«“\"„'‘])[^!?]{5,200}(?<![.!?])$",
    _FLAGS,
)
_MORE_ON_STARTS = frozenset(  # the labels' first four letters
    ["more", "meer", "más ", "plus", "più ", "mais", "więc", "více", "viac", "mer ", "mere", "mehr", "lisä"]
)
SOURCE_LINE_CHARS = 100  # a line naming where a chart's or a map's facts come from is this short at most
SOURCE_NAME_WORDS = 6  # what a source's line names after its label, at most ("Centro funzionale meteo-idrologico ...")
# "Source:" in other languages, as the first word of a line of its own (English "Source:" by _SOURCE_LINE)
_SOURCE_LABEL = re.compile(
    r"(?:quellen?|fuente|fonte|bron(?:nen)?|źródło|źródła|zdroje|källor|источник|джерело|kaynak|sumber|nguồn|forrás|sursa|sursă|zdroj|izvor|"
    r"извор|πηγή|kilde|källa|lähde|מקור|المصدر|منبع|出典|来源|來源|출처|ที่มา|स्रोत|সূত্র|allikas|avots|šaltinis)"
    r"\s*[:：]\s*(?=[^\W\d_])",
    re.IGNORECASE,
)


def source_line(text: str) -> bool:
    """Whether ``text`` is a line naming where a chart's, a map's or a table's facts come from, with the label
    "Source:" of a language other than English ("Fonte: Centro funzionale regionale", "Bron: jaarverslagen",
    "Sumber: Badan Geologi"): a few words, no sentence."""
    found = _SOURCE_LABEL.match(text)
    return (
        found is not None
        and word_count(text[found.end() :]) <= SOURCE_NAME_WORDS
        and not ends_with_stop(text)
        and ":" not in text[found.end() :]
    )


# a video's length in brackets: "(1:34)", "(2 min 35)", "(1 мин 12 с)", "（1分25秒）"
_LENGTH = (
    r"[(（]\s*(?:\d{1,2}:[0-5]\d|\d{1,2}\s*(?:min|мин)(?:\s*\d{1,2}(?:\s*(?:s|с))?)?|\d{1,2}分\d{1,2}秒|"
    r"\d{1,2}\s*분\s*\d{1,2}\s*초)\s*[)）]"
)
PICTURE_LINE_CHARS = 220  # a gallery's counter with its caption, a video's title and length: this short at most
_PICTURE_LINES = re.compile(
    # a photo's credit by its label alone: "Φωτ.: Γιώργος Example", "Sursa foto: Asociația ...", "ภาพจาก: ...", an
    # infographic's: "Infographie Le Courrier des Alpes – Source : ...", a file photo's: "Φωτογραφία αρχείου"
    r"(?:φωτ\.|sursa foto|ภาพจาก|ภาพโดย)\s*[:：]\s*\S[^.!?]{0,80}|"
    r"(?:infographie|infografik|infografía|infografica|infographic|infografie|infografika)\s+\S[^.!?]{0,80}|"
    r"φωτογραφία αρχείου|"
    # "Photo Jane Example", "Foto Jan Example": the label and a name, the name's words capitalised
    r"(?:photo|foto)\s+(?-i:[A-ZÀ-Þ])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+){1,3}|"
    # a gallery's label, its counter and the picture's caption: "Galería: 1/18 La afición ...", "FOTOGALLERY 1 di 22
    # – Via Roma ...", "Zobacz galerię: 1/36 ...", "Fotogalerie 1/15 ...", "Фотогалерея 4 из 12: ...", "ภาพที่ 2
    # จาก 15 ..."; its counter alone before the caption, spaced, the caption in capitals: "3 / 9 Λεπτομέρεια ..."
    r"(?:zobacz )?(?:galerię|galeria|galería|galerie|galleria|galerija|galéria|gallery|photo gallery|fotogallery|"
    r"fotogalleria|fotogalerie|fotogalerija|fotogaléria|fotogalería|fotogaleria|фотогалерея|фотогалерија|"
    r"bildergalerie|bildgalleri|fotogalleri)\s*[:|]?\s*\d{1,3}\s*(?:/|of|z|von|de|di|из|iz|od)\s*\d{1,3}"
    r"(?:\s*[:：|–—-]\s*|\s+(?-i:(?=[^\W\d_])(?![a-zà-þα-ωа-яё])))\S.*|"
    r"(?P<at>\d{1,3}) / (?P<of>\d{1,3})\s+(?-i:(?=[^\W\d_])(?![a-zà-þα-ωа-яё]))\S.*|"
    r"ภาพที่ \d{1,3} จาก \d{1,3}\s+\S.*|"
    # a gallery's promise and its count: "Bildergalerie: Die Eröffnung der Allerbrücke in 24 Bildern"
    r"(?:bildergalerie|fotogalerie|galerie|galería|galleria|gallery|photo gallery|fotogalerija)\s*[:|]\s*"
    r"(?=[^.!?]*\d)[^.!?]{3,120}|"
    # a video's title and length, by its label: "VIDÉO. Comment ...? (2 min 35)", "Se klippet: ... 1:12", "İZLE | ...
    # (0:41)", "צפו: ... (1:20)", "【動画】...（1分25秒）", "影音／...（00:48）", "Bekijk hier ... (1:34)"
    r"(?:(?:vidéo|video|vídeo|wideo|videó|видео|відео|izle|צפו|watch|se klippet|bekijk(?: hier)?|kijk|guarda|"
    r"assista|mira|schauen sie|nézze meg|sledujte|zobacz)(?!\w)|【動画】|【影片】|【视频】|影音|视频|影片)"
    rf"\s*[.:：|／/]\s*\S.*?(?:\s*{_LENGTH}|\s\d{{1,2}}:[0-5]\d)|"
    # without a separator, after an imperative or a bracketed label only ("Bekijk hier de reacties ... (1:34)",
    # "【動画】よみがえった木造駅舎（1分25秒）"; not "Mira Example gewann ... (4:12)", "Guarda caso, ... (45 min)")
    r"(?:(?:bekijk(?: hier)?|kijk|schauen sie|nézze meg|sledujte|zobacz|assista)(?!\w)|【動画】|【影片】|【视频】)"
    rf"\s*\S.*?\s*(?P<length2>{_LENGTH})",
    re.IGNORECASE,
)


def picture_line(text: str) -> bool:
    """Whether ``text`` is a picture's or a video's line (:data:`_PICTURE_LINES`): a photo's credit by a label
    the credit rule does not read, a gallery's counter with its caption or its promise, a video's title with its
    label and length."""
    found = _PICTURE_LINES.fullmatch(text.strip())
    if found is None:
        return False
    if found.group("length2") is not None and _SCORE_BEFORE.search(text, 0, found.start("length2")):
        return False  # a half-time score after the final one: "Videoton – Example 28:25 (15:12)"
    if found.group("at") is not None:  # a counter alone: the picture's number of the gallery's, not a fraction
        return 1 <= int(found.group("at")) <= int(found.group("of")) and int(found.group("of")) >= GALLERY_MIN_PICTURES
    return True


_SCORE_BEFORE = re.compile(r"\d+\s*[:–-]\s*\d+\s*$")
GALLERY_MIN_PICTURES = 5  # (a spaced fraction, "2 / 3 der Befragten", counts no gallery's pictures)


AP_CAPTION_CHARS = 600  # an agency's caption with its second sentence is this long at most
# The date of an agency's photo caption: the weekday, the month and day, the year ("Tuesday, Nov. 19, 2019"); a
# story names the weekday or the date, not both with the year
_AP_DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (?:Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|"
    r"Dec\.|January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, "
    r"(?:19|20)\d\d\b"
)
# What makes a sentence with that date the story's: a past or a future, someone's words, a dateline's stamp
_NOT_CAPTION = re.compile(
    r"\b(?:was|were|had|did|will|would|shall|said|says|told|won|lost|went|came|took|gave|made|met|got|ran|fell|"
    r"rose|held|spoke|wrote|since|until|can|could|may|might|must|should|a\.m|p\.m)\b|\bleft\b(?![,)])|"
    # (a word in "-ed" after an article is an adjective: "a flooded street", "the closed shop")
    r"(?<![A-Z])(?<!\ba )(?<!\ban )(?<!\bthe )\b"
    r"(?!(?:dated|hundred|sacred|naked|wicked|speed|need|seed|breed|indeed)\b)[a-z]{2,}ed\b"
)


def ap_caption(text: str) -> bool:
    """Whether ``text`` is an agency's photo caption (AP's style): its first sentence describes the picture in the
    present, with the weekday, the date and the year of the picture ("Spain's Rafael Example celebrates a point
    during their Davis Cup match in Madrid, Spain, Tuesday, Nov. 19, 2019."), or opens "In this ... photo"; a
    second sentence may follow. Not a story's sentence with that date: a past or a future ("The vote was held
    on Tuesday, Nov. 19, 2019.", "... will meet on ..."), someone's words, a dateline."""
    found = _AP_DATE.search(text) if "day" in text else None  # (every weekday's name ends so)
    if found is None or found.start() == 0:
        return False
    spans = sentence_spans(text)
    if len(spans) > AP_CAPTION_SENTENCES:
        return False  # a story's paragraph, whatever its first sentence
    first = text[: found.start()]
    if spans[0][1] < found.end() or any(mark in first for mark in '"“”'):
        return False  # the date in a later sentence, or a quotation
    if first == "In this " and text[found.end() : found.end() + 8].lstrip(", ").startswith(("photo", "file photo")):
        return True  # "In this Sunday, Nov. 10, 2019, photograph, a long row of ..."
    if _BEFORE_AP_DATE.search(first) is None:
        return False  # "... runs from Friday, Nov. 15, 2019": a date the story sets, not the picture's
    return (
        _NOT_CAPTION.search(first) is None
        and word_count(first) >= CAPTION_WORDS_BEFORE_DATE
        and _CAPTION_ACTION.search(first) is not None
    )


# A wire photo's caption by its marks: a gallery's counter glued to it ("2of4A shopper ..."), a file photo's label
# in capitals ("FILE PHOTO: Traders work ..."), the agency's credit in capitals with the photographer's name closing
# it ("... November 18, 2019. REUTERS/Jane Example", "... REUTERS/Jane Example/File Photo"; not a poll's
# "Reuters/Ipsos")
_WIRE_CAPTION_START = re.compile(r"(?P<at>\d{1,3})of(?P<of>\d{1,3})(?=[A-Z\"“‘(])|FILE PHOTO\s*[:–—-]\s+\S")
_WIRE_CREDIT_END = re.compile(
    r"(?<![\w/])(?:REUTERS|AFP|EPA|XINHUA|ANADOLU|ANSA)(?: PHOTO)?\s*/\s*"
    r"(?:(?i:file photo|files?|pool|handout|illustration)\s*/\s*)*"
    r"[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,3}(?:\s*/\s*(?i:file photo|files?|pool|handout))?\s*$"
)


def wire_caption(text: str) -> bool:
    """Whether ``text`` is a wire photo's caption by its marks: the credit closing it (:data:`_WIRE_CREDIT_END`),
    or a counter or label opening it (:data:`_WIRE_CAPTION_START`) over no more than
    :data:`WIRE_CAPTION_SENTENCES` sentences."""
    credited = "/" in text[-60:] and _WIRE_CREDIT_END.search(text, max(0, len(text) - 90)) is not None
    start = _WIRE_CAPTION_START.match(text) if text[:1].isdigit() or text[:1] == "F" else None
    if start is None or credited:
        return credited
    if start.group("at") is not None and not 1 <= int(start.group("at")) <= int(start.group("of")):
        return False
    # (a caption is a sentence or two, its credit's three: not a story's paragraphs glued after it)
    return len(sentence_spans(text)) <= WIRE_CAPTION_SENTENCES


WIRE_CAPTION_SENTENCES = 3


CAPTION_WORDS_BEFORE_DATE = 4
# What a picture shows someone doing, in the present of a caption (not what a story's event does on a date: "opens",
# "runs", "begins"), or where someone stands in it: ", left,", "(center)"
_CAPTION_ACTION = re.compile(
    r"\b(?:celebrat|react|speak|brief|gestur|wave|look|walk|arriv|pose|smil|listen|attend|hold|stand|sit|sits|watch|shake|"
    r"greet|talk|address|deliver|kick|shoot|dunk|drive|carr|hug|embrac|pray|march|protest|wait|gather|work|play|"
    r"perform|sing|danc|vote|cheer|rall|inspect|visit|tour|climb|clean|search|salut|cross|ride|rid|jump|leap|swim|"
    r"battl|fight|chat|laugh|mourn|hold|lift|push|pull|sign|display|view|wear|rest|sleep|eat|drink|shop|pass|"
    r"fly|flie|land|sail|paddl|wad|stroll|run|puts|dribbl|block|tackl|catch|throw|pitch|swing|serv|return|score)"
    r"(?:e|es|s|ing|y|ies|ying)?\b|\b(?:left|right|center|centre)\b[,)]|"
    r"\b(?:cries|crying|swimming|running|sitting|shopping|hugging|jogging|stepping|clapping|chatting|grabbing)\b",
)
# what stands before a picture's date: a comma or a place's name ("..., Tuesday, Nov. 19, 2019", "in Hanoi, Vietnam
# Wednesday, ..."); not "on", as a story dates its events ("The council votes on the budget on Tuesday, Dec. 3, 2024")
_BEFORE_AP_DATE = re.compile(r"(?:,|\b(?!On\b)[A-Z][\w.]*)\s$")
AP_CAPTION_SENTENCES = 2  # an agency's caption and its second sentence, at most


_PAGER_LINK = re.compile(r"^(?:Prev(?:ious)?Previous|NextNext)(?![a-z_])")  # the post's title may be glued on
CONTACT_LINE_CHARS = 200
SEE_ALSO_CHARS = 200
_SEE_ALSO = re.compile(r"^see also\s*[:|›»-]", re.IGNORECASE)
_PHONE = re.compile(r"\b(?:tel|tél|phone|telefon|fax|тел)\.?\s*:\s*\+?\(?\d[\d\s()./-]{6,}\d", re.IGNORECASE)
NAME_SLASH_OUTLET_CHARS = 80
# A photographer and the outlet, as a caption's last sentence: "Jane Example/Harbour Post" (alone on its line, a
# menu's "About Me/Contact" reads the same: only after a caption's sentence is it a credit)
NAME_SLASH_OUTLET_LINE = re.compile(
    r"^(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3}\s*/\s*(?-i:[A-Z])[\w&'’.-]*(?: (?-i:[A-Z&])[\w&'’.-]*){0,4}$"
)
_SOCIAL_LINK = re.compile(
    r"(?<![\w.-])(?:(?:www|m)\.)?(facebook|fb|twitter|x|instagram|youtube|youtu|tiktok|t|line|vk|linkedin|wa)"
    r"\.(?:com|me|be|ru)/\S",
    re.IGNORECASE,
)


_SOCIAL_HANDLE = re.compile(
    r"\b(facebook|twitter|instagram|youtube|tiktok|line|telegram|threads|bluesky)(?: page| id)?\s*:?\s*@[\w.]+",
    re.IGNORECASE,
)


def _social_links(text: str) -> bool:
    """Links or handles of two social networks or more in one line: a site's or a writer's channels, whatever
    the language around them ("Facebook https://fb.me/example Twitter https://twitter.com/example", "Twitter:
    @example LINE ID: @example")."""
    networks = {network.lower() for network in _SOCIAL_LINK.findall(text)}
    if "@" in text:
        networks.update(network.lower() for network in _SOCIAL_HANDLE.findall(text))
    return len(networks) >= 2


# An embedded post's labels, in any language: a short line that opens it on its network ("Открыть в
# Telegram", "Assista no YouTube", "Voir cette publication sur Instagram"), or names who shared it by the
# account's handle ("Un post condiviso da Libreria Example (@libreria_example)").
EMBED_LINE_CHARS = 120
EMBED_LABEL_WORDS = (2, 6)
_ON_NETWORK = re.compile(
    r"\s(?:on|in|at|sur|su|no|na|en|em|auf|bei|op|på|в|на|w|u|v|pakalpojumā|platformoje|-?da|-?de|di|ב|على|في)\s+"
    r"(?:instagram|instagramie|instagramu|инстаграму?|telegram|telegramie|телеграм[еі]?|youtube|youtubie|ютубе?|"
    r"tiktok|facebook|facebooku|фейсбуке?|x|twitter|threads|bluesky|whatsapp)\W*$",
    _FLAGS,
)
# the verb that opens it: view, open, watch, see
# (not words that open a sub-heading or a name as well: "open", "see", "visa", "mira", "guarda", "se")
_VIEW_VERB = re.compile(
    r"^\W*(?:view|watch|voir|regarder|ouvrir|visualizza|apri|veja|assista|abrir|ansehen|öffnen|anschauen|"
    r"bekijk|zobacz|otwórz|obejrzyj|zobrazit|otevřít|pozri|otvoriť|megtekintés|megnyitás|nézd|vezi|deschide|"
    r"виж|вижте|отвори|погледајте|pogledajte|otvori|δείτε|άνοιγμα|öppna|åbn|åpne|katso|avaa|vaata|skatīties|"
    r"atvērt|žiūrėti|atidaryti|открыть|смотреть|посмотреть|відкрити|переглянути|дивитися|izle|tonton|"
    r"tazama|fungua|panoorin|buksan)\b",
    _FLAGS,
)
EMBED_LABEL_SHORT = 3  # a label this short needs no word for the post: "Открыть в Telegram"
# the post, the publication, the video the label opens, or its account shared
_POST_WORD = re.compile(
    r"\b(?:post|publication|publicação|publicación|beitrag|bericht|inlägg|opslag|innlegg|julkaisu|příspěvek|"
    r"príspevok|wpis|gönderi|paylaşım|video|vídeo|відео|видео|объяв|објав|публикац|допис|objav|posting|"
    r"postare|bài)",
    _FLAGS,
)
_SHARED_BY_HANDLE = re.compile(r"^[^()]{3,80}\(@[\w.]{2,30}\)\W*$")


def embed_label(line: str) -> bool:
    """Whether ``line`` is an embedded post's label: it opens the post on its network, or names its
    account's handle last (the post's text is the story's quotation and stays)."""
    words = word_count(line)
    if (
        EMBED_LABEL_WORDS[0] <= words <= EMBED_LABEL_WORDS[1]
        and not is_sentence(line)
        and _VIEW_VERB.match(line)
        and _ON_NETWORK.search(line)
        and (words <= EMBED_LABEL_SHORT or _POST_WORD.search(line) is not None)
    ):
        return True
    # who shared the post ("Un post condiviso da ... (@...)"; not a list of accounts to follow, a name each)
    return (
        "(@" in line
        and words <= LABEL_WORDS * 2
        and _SHARED_BY_HANDLE.match(line) is not None
        and _POST_WORD.search(line) is not None
    )


# A paywall's box, in the languages read: the prompt to log in for subscribers ("Already a subscriber? Sign
# in", "Déjà abonné ? Se connecter", "Juba tellija? Logi sisse") and the offer with its price ("Subscribe for
# just £1 for your first month", "Prova 1 månad för 1 kr"), a line without a full stop.
PAYWALL_LINE_CHARS = 120
# (not "member", "join", "подпис" or "assin" alone: "Only members can vote", "Договор подписан")
_SUBSCRIBER_STEMS = (
    "subscri abonn abonent assinante assine assinatura abbona suscripci suscriptor suscríbete suscribite prenumer "
    "předplat předplať predplat predplať tilaaj tilaa_nyt tellij telli מנוי подписк подписчик подпишитесь "
    "передплат abone pelanggan langgan thuê_bao 購読 会員 订阅 訂閱 구독 előfizet abonat абонат претплат pretplat "
    "συνδρομ mteja הצטרפו berlangganan thành_viên"
).split()  # ("_": a space inside a stem)
_SUBSCRIBER = "(?:" + "|".join(stem.replace("_", " ") for stem in _SUBSCRIBER_STEMS) + ")"
_SUBSCRIBER_PARTS = tuple(stem.split("_")[0] for stem in _SUBSCRIBER_STEMS)  # their first words ("thuê bao": "thuê")
_UNSPACED_PARTS = ("購読", "会員", "订阅", "訂閱", "구독")  # the stems of scripts without spaces between words


def _subscriber_stem(line: str) -> bool:
    """Whether a word of ``line`` opens with a stem of :data:`_SUBSCRIBER`, or with one after a one-letter
    prefix (Hebrew's "למנויים"), or the line holds a stem of a script without spaces: a test the patterns
    that need a stem pass only after."""
    if any(part in line for part in _UNSPACED_PARTS):
        return True
    return any(
        word.startswith(_SUBSCRIBER_PARTS) or word[1:].startswith(_SUBSCRIBER_PARTS) for word in lowered_words(line)
    )


_LOG_IN = (
    r"(?:log ?in|sign ?in|anmelden|einloggen|hier anmelden|se connecter|connectez-vous|inicie sessão|iniciar sesión|"
    r"inicia sesión|ingresá|ingresa|entrar|accedi|zaloguj się|přihlaste se|prihláste sa|logga in|log ind|logg inn|"
    r"kirjaudu(?: sisään)?|logi sisse|התחברו|התחבר|войти|войдите|увійти|giriş yap|masuk|đăng nhập|ログイン|登录|"
    r"登入|로그인|jelentkezz be|bejelentkezés|autentifică-te|conectează-te|влезте|влез|prijavite se|пријавите се|"
    r"συνδεθείτε|prisijunkite|pieslēdzies|ingia|mag-log in|inloggen|log hier in|jelentkezzen be|ingrese(?: aquí)?)"
)
_PAYWALL_LOGIN = re.compile(
    rf"^[^?？]{{0,40}}{_SUBSCRIBER}[^?？]{{0,30}}[?？]\s*(?:\S+\s+){{0,2}}?{_LOG_IN}[\s!»›→)]*$", _FLAGS
)
_PRICE = (
    r"(?:(?:[$€£¥₺₽₹₩₪]|\b(?:rm|rp|ksh|kes|php|usd|eur|chf)\s?)\s?\d|\d[\d.,]*\s?(?:€|eur|euros?|kr\.?|kč|zł|ft|forint(?:tól)?|lei|лв|din|дин|kn|"
    r"ש\"ח|₪|₽|руб|грн|₴|tl|rp|rm|đ|đồng|円|元|원|ksh|php|₱|usd|chf|sek|nok|dkk|pln|czk|huf)(?!\w))"
)
# reading on past the paywall: "Jetzt weiterlesen mit SZ Plus – 1 Monat für 0,99 €"
_READ_ON = (
    r"\b(?:weiterlesen|weiter lesen|continue reading|keep reading|lire la suite|seguir leyendo|sigue leyendo|"
    r"continua a leggere|continue lendo|continuar lendo|verder lezen|lees verder|czytaj dalej|čtěte dál|čítajte ďalej|"
    r"читать далее|читайте далі|devamını oku|läs vidare|læs videre|les videre|lue lisää)\b"
)
# A subscription's brand, letters and a plus ("SZ+", "KE+", "GM+"), alone on its line or in a short one that
# reads on with it or keeps the story for it ("KE+ Weiterlesen mit KE+", "Den här artikeln ingår i GM+")
_PLUS_BRAND = re.compile(r"(?<![\w+])(?!AB\+)(?-i:[A-ZÄÖÜÆØÅ]{2,5})\+(?![\w+])")  # (not the blood group "AB+")
_PLUS_BRAND_LINE = re.compile(
    rf"^\W*(?-i:[A-ZÄÖÜÆØÅ]{{2,5}})\+\W*$|{_READ_ON}|\b(?:ingår i|inngår i|indgår i|part of|teil von|exklusiv für|"
    r"exclusive to|réservé à|exclusivo para|riservato a|alleen voor)\b",
    _FLAGS,
)
PLUS_BRAND_WORDS = 8


_OFFER = re.compile(
    # a subscription, a trial or access to the site (not "4 Months of Amazon Music Unlimited for $1", a deal the
    # story lists)
    rf"^(?=.*{_PRICE})(?=.*(?:{_SUBSCRIBER}|\b(?:testen|prova)\b|{_READ_ON}|"
    # access to all of the site ("Få tilgang til alt innhold", "Získejte neomezený přístup ke všem článkům")
    r"(?=.*\b(?:adgang|tilgang|přístup|prístup|access|zugang|accès|acceso|acesso|accesso|toegang|dostęp|"
    r"hozzáférés|acces|достъп|приступ|pristup|πρόσβαση|доступ|akses|truy cập)\b)"
    r"(?=.*\b(?:fuld|alt|all|full|unlimited|ilimitado|illimitato|illimité|neomezený|neobmedzený|unbegrenzt|"
    r"onbeperkt|nieograniczony|korlátlan|nelimitat|неограничен|необмежен|tak terbatas|không giới hạn)\b)))"
    # a price for a while: a month, a week, a year, the first of them
    r"(?=.*(?:month|week|year|mois|semaine|\ban\b|mes\b|mês|semana|año|mese|settimana|anno|monat|woche|jahr|maand|"
    r"jaar|miesi|tydzień|tydzien|rok\b|měsí|týden|mesiac|månad|måned|vecka|uke|kuukau|\bkk\b|kuu|mēne|mėne|"
    r"месяц|місяц|месец|mjesec|μήνα|\bay\b|aylık|bulan|tháng|月|개월|달|חודש|mwezi|buwan|havi|hónap|lună|lun[aă]|"
    r"/mo|/\s?mes|/\s?month))",
    _FLAGS,
)
_SENTENCE_STOP = re.compile(r"[.!?。…][\"”’»)\]“‘«]*(?:\s|$)")
_UNIT_STOP = re.compile(r"\d\s?(?:kr|kn|lv|din)\.$", _FLAGS)  # an abbreviated currency's dot ends no sentence
OFFER_WORDS = 16
# "This article is for subscribers", "Dit artikel is exclusief voor abonnees", "Artikel ini hanya untuk
# pelanggan": a short line that keeps the story for subscribers
SUBSCRIBERS_ONLY_WORDS = 8
_SUBSCRIBERS_ONLY = re.compile(
    rf"^(?=.*{_SUBSCRIBER})(?=.*(?:article|artikel|artikkel|artigo|articolo|artículo|contenuto|contenido|conteúdo|"
    r"content|inhalt|contenu|článok|článek|cikk|story|הכתבה|статья|стаття|makale|berita|bài|記事|文章|기사|"
    r"artikl|içerik))",
    _FLAGS,
)


DISCLAIMER_CHARS, DISCLAIMER_WORDS = 320, 45  # a disclaimer under a story is this short at most
# The words of an opinion's and an investment's disclaimer, in many languages (their stems; Chinese, Japanese and
# Korean ones anywhere): the writer's view that the publication does not share, the content that is no advice.
_D_OPINION = re.compile(
    r"\b(?:opini|views?\b|viewpoint|meinung|ansicht|avis\b|mening|pogl[aą]d|мнени|думк|погляд|görüş|pendapat|"
    r"pandangan|quan điểm|γνώμ|απόψ|vélemény|názor|mielipi|holdning|åsikt|synspunkt|standpunt|stanovisk|опіні|"
    r"رأي|آراء|دیدگاه|דעה|דעות|राय|विचार|মতামত)|観点|見解|意见|意見|观点|觀點|의견|견해",
    re.IGNORECASE,
)
_D_WRITER = re.compile(
    r"\b(?:author|writer|autor|auteur|autore|skribent|forfatter|författar|kirjoittaj|автор|yazar|penulis|"
    r"tác giả|συγγραφ|szerző|pisatel|schrijver|columnist|kolumnist|blogger|كاتب|الكاتب|نویسنده|כותב|लेखक|লেখক)"
    r"|筆者|作者|필자|저자",
    re.IGNORECASE,
)
_D_EDITORS = re.compile(
    r"\b(?:editor|redak|rédaction|redacc|redazion|redação|redactie|yayın|redaksi|tòa soạn|σύνταξ|szerkeszt|"
    r"redakce|redaksjon|toimitu|publication|newspaper|редакц|التحرير|تحریریه|המערכת|संपादक|সম্পাদক)|編集部|编辑部|편집",
    re.IGNORECASE,
)
# what disowns: a negation, or the writer's own responsibility ("n'engagent que", "står for skribentens regning")
# the writer's own responsibility ("n'engagent que", "står for skribentens regning", "kendisine aittir")
_D_OWN_STEMS = (
    r"own|eigene|exclusiv|solely|regning|ansvar|responsab|verantwort|odpowiedzial|ответственност|відповідальн|"
    r"sorumlu|tanggung jawab|trách nhiệm|n['’]engag|aittir"
)
_D_OWN = re.compile(rf"\b(?:{_D_OWN_STEMS})", re.IGNORECASE)
_D_DISOWN = re.compile(
    r"\b(?:not|nicht|ne|pas|no|non|não|niet|nie|не|ні|değil|değildir|tidak|bukan|không|δεν|nem|ikke|inte|ei|nu|"
    r"nepředstavuje|nepředstavují|nepredstavuje|nepredstavujú)\b|"
    rf"\b(?:{_D_OWN_STEMS}|necessar|belum tentu|yansıtma)|不|非|아니|않|ではな|ではあり",
    re.IGNORECASE,
)
_D_INVEST = re.compile(
    r"\b(?:invest|инвест|інвест|yatırım|pelaburan|đầu tư|επενδ|befektet|sijoitu|beleggin|anlage|inversi|saham|"
    r"shares\b|aktie|акци|hisse)|"
    r"投资|投資|투자",
    re.IGNORECASE,
)
_D_ADVICE = re.compile(
    r"\b(?:advice|advis|recommend|rekommend|conseil|consejo|asesor|recomend|raccomand|consulen|sollecitaz|"
    r"conselho|advies|rekomendac|porad|рекомендац|совет|консульт|tavsiye|öneri|saran|ajakan|nasihat|cadangan|"
    r"khuyến nghị|lời khuyên|συμβουλ|σύσταση|tanács|ajánlás|rådgivning|anbefaling|neuvo|suositu|doporučen|recomand|"
    r"poradenstv|beratung|empfehlung)|建议|建議|勧誘|助言|권유|조언|권고",
    re.IGNORECASE,
)
# what the investment's disclaimer speaks of: this content (a story's sentence about advice speaks of people)
_D_CONTENT = re.compile(
    r"\b(?:article|content|information|text|artikel|inhalt|contenu|contenido|contenuto|conteúdo|informa|"
    r"материал|информац|içerik|bilgi|konten|bài viết|thông tin|maklumat|περιεχ|πληροφορ|tartalom|obsah|"
    r"innehåll|indhold|sisältö|článek|článku|článok)|本文|文章|文中|内容|記事|情報|기사|정보|仅供参考|僅供參考|"
    r"מידע|כתבה|المعلومات|معلومات|المقال|مقاله|مطلب|اطلاعات|जानकारी|लेख|তথ্য",  # (prefixes join these: no \b)
    re.IGNORECASE,
)
_D_NOT_FIRST = re.compile(r"^\W*(?:not|не|no|nu|não|nie|ні|bukan|không|ei|ikke|inte|nicht|keine)\b|^\W*不构成", re.I)


# The words one of which an opinion's or an investment's disclaimer holds, in the forms it writes them (a set
# is read at a word's cost; the patterns below, at every position of the line, cost a sixth of the cleaning),
# and the words of the scripts that write none of them apart.
_D_GATE = frozenset(
    """opinion opinions view views viewpoint viewpoints opinión opiniones opinione opinioni opinião opiniões opinie
    opinii opinia opini meinung meinungen ansicht ansichten avis mening meningen meninger pogląd poglądy
    poglądów мнение мнения мнению мнении мнений думка думки думку погляд погляди поглядів görüş görüşler
    görüşleri görüşlerini görüşü görüşleridir pendapat pandangan điểm γνώμη γνώμες γνώμης άποψη απόψεις απόψη
    vélemény véleményét véleménye názor názory názoru mielipide mielipiteet mielipiteitä holdning
    holdninger holdningen åsikt åsikter åsikten synspunkt synspunkter standpunt standpunten stanovisko stanoviskem
    опінія опінії رأي آراء الرأي رأيه دیدگاه دیدگاه‌های نظر דעה דעות דעתו राय विचार মতামত
    invest investment investments investing investor investors investasi investimento investimenti investimentos
    investissement investissements inversión inversiones inversor inversores investition investitionen anlage
    anlageberatung anlageempfehlung инвестиционной инвестиционная инвестиционный инвестиций инвестиции
    інвестиційною інвестиційна інвестицій yatırım yatırıma pelaburan tư επενδυτική επενδυτικές επενδύσεις
    befektetési befektetés sijoitus sijoitussuositus beleggingsadvies beleggen saham shares aktie aktier акции
    акций hisse investiční investičním investičné investiții investițiilor investitii""".split()
)
_D_GATE_UNSPACED = re.compile(r"観点|見解|意见|意見|观点|觀點|의견|견해|投资|投資|투자")
_D_GATE_FIRST = re.compile(r"[観見意观觀의견投투]")  # (their first characters: a class is found faster)


def disclaimer_line(line: str) -> bool:
    """An opinion's or an investment's disclaimer in any language: the writer's view, which the publication
    does not necessarily share ("Tekst wyraża opinie autora i nie musi być zgodny ze stanowiskiem redakcji.",
    "Мнение автора может не совпадать с позицией редакции", "Indlægget er udtryk for skribentens holdning.
    ... står for skribentens regning"); the content, which is no advice to invest ("Не является индивидуальной
    инвестиционной рекомендацией", "风险提示：文中观点仅供参考，不构成投资建议。"). A short paragraph without a
    question; a story's sentence about a writer's views needs the publication or the writer's own
    responsibility besides, and one about advice to invest speaks of people, not of this content."""
    if len(line) > DISCLAIMER_CHARS or "?" in line:
        return False
    if _D_GATE.isdisjoint(lowered_words(line)) and (
        line.isascii() or _D_GATE_FIRST.search(line) is None or _D_GATE_UNSPACED.search(line) is None
    ):
        return False  # (a word of a view or of investing first: the patterns below cost a sixth of the cleaning)
    if word_count(line) > DISCLAIMER_WORDS or _D_SAID.search(line):
        return False
    if _D_OPINION.search(line) and _D_WRITER.search(line) and _D_DISOWN.search(line):
        return _D_EDITORS.search(line) is not None or _D_OWN.search(line) is not None
    return (
        _D_INVEST.search(line) is not None
        and _D_ADVICE.search(line) is not None
        and _D_DISOWN.search(line) is not None
        and (_D_CONTENT.search(line) is not None or _D_NOT_FIRST.search(line) is not None)
    )


# a story's voice: someone said it ("Critics said the author's views were not shared by ...")
_D_SAID = re.compile(
    r"\b(?:said|says|told|according|sagte|sagt|laut|déclaré|selon|dijo|según|detto|secondo|disse|segundo|zei|"
    r"volgens|powiedzia|według|заявил|сказал|по словам|заявив|сказав|dedi|söyledi|mengatakan|cho biết|είπε|mondta|"
    r"řekl|sagde|sanoi|argued|added|stated|wrote|noted|claimed|insisted|explained|warned|concluded)\b",
    re.IGNORECASE,
)


# A note that the story's information is general, no doctor's advice, in many languages (their stems): a doctor,
# what cannot stand in for one, and "for information only" (what the note speaks of: :data:`_D_THIS_TEXT`).
_D_DOCTOR = re.compile(
    r"\b(?:doctor|physician|medical|medic|arzt|ärzt|médecin|lekarz|lékař|lekár|врач|лікар|doktor|dokter|bác sĩ|"
    r"γιατρ|ιατρ|orvos|lääkär|läkare|læge|lege\b|arts\b|huisarts|רופא|طبيب|الطبيب|پزشک|معالج|डॉक्टर|चिकित्सक|"
    r"ডাক্তার|চিকিৎসক)|医生|醫生|医師|의사|전문의",
    re.IGNORECASE,
)
_D_SUBSTITUTE = re.compile(
    r"\b(?:substitut|replace|ersetz|remplac|sustitu|reemplaz|sostitu|vervang|zastęp|zastep|nahrazuj|nahrádz|"
    r"замен|замін|yerine geç|menggantikan|pengganti|thay thế|αντικαθ|helyettes|korvaa|ersätt|erstatt|תחליף|يغني|"
    r"بديل|جایگزین|विकल्प)|替代|取代|代わる|대체|대신",
    re.IGNORECASE,
)
_D_INFORMATIONAL = re.compile(
    r"\b(?:informational purposes|information purposes|general information|informationszweck|allgemeine information|"
    r"titre informatif|titre indicatif|fines informativos|carácter informativo|scopo informativo|fini informativi|"
    r"fins informativos|caráter informativo|informatieve doeleinden|algemene informatie|charakter informacyjny|"
    r"celach informacyjnych|informativní charakter|информационный характер|ознакомительных целях|"
    r"інформаційний характер|bilgilendirme amaçlı|genel bilgi|tujuan informasi|bersifat informatif|informasi umum|"
    r"mang tính tham khảo|ενημερωτικό χαρακτήρα|tájékoztató jellegű|informationsformål|informationssyfte|"
    r"yleistä tietoa|מידע כללי|למטרות מידע|أغراض إعلامية|معلومات عامة|عمومی معلومات|اطلاعات عمومی|सामान्य जानकारी)|"
    r"仅供参考|僅供參考|参考情報",
    re.IGNORECASE,
)


# the text itself, as a note speaks of it: "this article", "Der Artikel", "בכתבה זו", "یہ خبر"
_D_THIS_TEXT = re.compile(
    r"\b(?:article|artikel|artículo|articolo|artigo|artykuł|článek|článok|статья|стаття|материал|матеріал|haber|"
    r"makale|bài viết|άρθρο|cikk|artikkel|artikkeli)\b|כתבה|المقال|مقاله|مطلب|خبر|लेख|本文|この記事|이 기사",
    re.IGNORECASE,
)


# Readers' comments named in many languages (as the start of their forms: "komentarzy", "تبصروں")
_COMMENTS_NAMED = re.compile(
    r"comment|comentári|comentari|kommentar|komentar|komentář|komentár|коментар|комментар|yorum|تعليق|التعليقات|"
    r"تبصر|תגוב|टिप्पणी|bình luận|kommentti|hozzászól|σχόλι|reactie|maoni|評論|评论|留言|댓글|コメント|"
    r"příspěvk\w* v diskus|príspevk\w* v diskus|মন্তব্যের দায়|ความคิดเห็น",
    re.IGNORECASE,
)
# What a comment section's policy says of them: the authors' responsibility and not the site's view, moderated,
# to be deleted or not published ("... vor fi șterse", "... neće biti objavljeni", "... hayawakilishi msimamo wa
# gazeti hili", "Redakcja nie ponosi odpowiedzialności ..."): the words of a policy, not a report's
_COMMENT_POLICY = re.compile(
    r"responsab|responsib|verantwort|odpowiedzialn|ответствен|відповідальн|sorumlu|tanggung jawab|trách nhiệm|"
    r"reflect|reflej|reflèt|represent|spiegeln|odzwierciedl|отража|відобража|yansıt|mencerminkan|phản ánh|"
    r"δεν εκφράζ|hayawakilish|تعبر|متفق|own views|görüşleridir|opiniile|názory|"
    r"neodpovídá za (?:obsah|názory)|neodpovedá za (?:obsah|názory)|אינ(?:ה|ם|נה) אחראי\w* ל?תוכן|"
    r"מתפרסמות על דעת|মন্তব্যের দায়(?!িত্ব)|ไม่เกี่ยวข้องกับ(?:ทาง)?เว็บไซต์|"
    r"moderat|modér|moderad|moderowan|модерир|moderiert|netiquette|guidelines|"
    r"will be|will not be|won't be|vor fi|neće biti|неће бити|będą|будут|будуть|budou|budú|serán|seront|werden|"
    r"verranno|serão|zullen|onaylanma|akan dihapus|tas bort|slettes|fjernes|poistetaan|جائیں گے|יימחקו|יפורסמו|"
    r"sẽ bị|個人の見解|個人の意見|个人观点|個人觀點|个人意见",
    re.IGNORECASE,
)
# ... or what a comment section under the story does to them: deleted, insults, hate ("Komentarze obraźliwe
# usuwamy"), read only where the rules found a comment section
_COMMENT_MODERATION = re.compile(
    r"delet|remov|eliminad|borrad|gelöscht|entfernt|usuwa|usunięt|удал|видал|не публік|опубликован|објављ|"
    r"kaldırıl|dihapus|xóa|smaz|odstrán|şters|obrisa|изтри|verwijderd|حذف|हटा|διαγρ|insult|injur|ofensiv|"
    r"beleidig|obraźliw|оскорбл|образ|hakaret|küfür|uvred|увред|hate speech|haine|odio|hass|nienawiś|ненавист",
    re.IGNORECASE,
)
COMMENT_POLICY_WORDS = 60  # a comment section's policy: a few sentences, this many words at most


def comment_policy(line: str, section: bool = False) -> bool:
    """A comment section's policy in any of many languages: a paragraph that names readers' comments and
    says they are their authors' and not the site's view, moderated, or to be deleted or not published
    ("Коментари који садрже увреде ... неће бити објављени.", "Yorumlar kullanıcıların kendi görüşleridir.
    ...", "Comments expressed here do not reflect the opinions of ..."); under a comment section the rules
    found (``section``), also one that speaks of deleting them or of insults; not reported speech."""
    if word_count(line) > COMMENT_POLICY_WORDS or _COMMENTS_NAMED.search(line) is None:
        return False
    policy = _COMMENT_POLICY.search(line) is not None or (section and _COMMENT_MODERATION.search(line) is not None)
    return policy and _REPORTING.search(line) is None


def health_note(line: str) -> bool:
    """A note that the story is general information, no doctor's advice ("The information in this article
    is general and is not a substitute for consulting a doctor.", "नोट: यह जानकारी सामान्य जानकारी के लिए है,
    किसी भी समस्या में डॉक्टर से सलाह लें"): what it speaks of, the doctor, and what cannot stand in for one,
    or "general information". A short paragraph without a question, not reported speech."""
    if len(line) > DISCLAIMER_CHARS or "?" in line or word_count(line) > DISCLAIMER_WORDS:
        return False
    doctor = _D_DOCTOR.search(line) is not None
    general = _D_INFORMATIONAL.search(line) is not None
    if not (doctor or general) or _D_SAID.search(line):
        return False
    this = _D_THIS_TEXT.search(line) is not None
    if doctor and _D_SUBSTITUTE.search(line) and (this or general):
        return True
    return general and doctor and (this or _D_DISOWN.search(line) is not None)


# A newsletter box's fine print and pitch (:func:`newsletter_box`): the consent under its form, in the second person
# or the first, naming the privacy policy, the terms or personal data ("By submitting your information, you agree to
# the Terms & Conditions and Privacy Policy", "Mit Ihrer Anmeldung erklären Sie sich mit unseren
# Datenschutzbestimmungen einverstanden.", "Acepto la política de tratamiento de datos personales."), and its promise
# of news in the reader's inbox at set times ("Jeden Freitag das Wichtigste aus der Wirtschaft – kostenlos per
# E-Mail.", "Päivän tärkeimmät uutiset sähköpostiisi arkisin kello 7.")
_PRIVACY_WORDS = (
    "privacy", "datenschutz", "privacidad", "privacidade", "confidentialité", "données personnelles", "riservatezza",
    "dati personali", "privacyverklaring", "privacybeleid", "prywatności", "danych osobowych", "osobních údajů",
    "osobných údajov", "adatkezelési", "confidențialitate", "datelor personale", "privatlivspolitik",
    "integritetspolicy", "personvern", "personopplysninger", "tietosuoja", "персональных данных",
    "персональних даних", "конфиденциальности", "kvkk", "kişisel veri", "الخصوصية", "הפרטיות", "osobnih podataka",
    "απορρήτου", "προσωπικών δεδομένων", "datos personales", "terms of use", "terms & conditions",
    "terms and conditions", "nutzungsbedingungen", "términos de uso", "términos y condiciones", "termos de uso",
    "conditions générales",
    "תנאי השימוש", "όρους χρήσης", "شروط الاستخدام", "quyền riêng tư", "kebijakan privasi",
)  # fmt: skip
# the reader's consent, in the second person or implied by the form ("you agree", "Mit Ihrer Anmeldung", "Al
# suscribirte", "Odesláním", "Tilaamalla"); "by signing up" only with "you" after it (not "By signing up, users
# agree ...")
_CONSENT = re.compile(
    r"(?<!\w)(?:you (?:agree|consent|accept)|by (?:submitting|signing up|subscribing|registering|clicking)\b"
    r"[^.]{0,60}\byou\b|erklären sie sich|erklärst du dich|stimmen sie\b|stimmst du\b|mit (?:ihrer|deiner) "
    r"anmeldung|aceptas|al (?:suscribirte|registrarte)|você concorda|ao se (?:cadastrar|inscrever)|accetti|"
    r"iscrivendoti|vous acceptez|en vous inscrivant|ga je akkoord|gaat u akkoord|door je (?:in te schrijven|aan te "
    r"melden)|souhlasíte|odesláním|přihlášením|súhlasíte|prihlásením|a feliratkozással|accepterer du|ved tilmelding|"
    r"godkänner du|genom att anmäla dig|hyväksyt|tilaamalla|вы соглашаетесь|нажимая (?:на )?кнопку|أنت توافق|"
    r"بالاشتراك|מהווה הסכמה|pristajete|prijavom|αποδέχεστε|με την εγγραφή)",
    _FLAGS,
)
# a form's box to tick, in the first person, opening the line ("Acepto la política de tratamiento de datos
# personales.", "I agree to the privacy policy", "KVKK Aydınlatma Metni'ni okudum ve kabul ediyorum.")
_CHECKBOX = re.compile(
    r"^\W*(?:i (?:agree|accept|consent) to|i have read and (?:agree to|accept)|ich (?:akzeptiere|stimme)|acepto|"
    r"concordo|aceito|accetto|acconsento|j['’]accepte|ik ga akkoord met|akceptuję|zgadzam się|wyrażam zgodę|"
    r"elfogadom|sunt de acord cu|(?:\S+ ){0,4}okudum ve kabul ediyorum|"
    r"administratorem (?:twoich|pana|pani) danych osobowych jest)",
    _FLAGS,
)
CHECKBOX_WORDS = 20
_TO_INBOX = re.compile(
    r"(?:in|to|into) your inbox|(?:per|par|por|via) e-?mail|por correo|en (?:tu|su) (?:correo|bandeja)|"
    r"no seu e-?mail|na sua caixa|nella tua casella|in je (?:mailbox|inbox)|na (?:twoją|twoja) skrzynkę|"
    r"do (?:vašeho|tvého|vášho) e-?mailu|e-?mail(?:címére|fiókjába)|în (?:inbox|căsuța)|"
    r"i din (?:inkorg|indbakke|innboks)|sähköpostiisi|στο email σας|на (?:вашу |свою )?(?:почту|e-?mail)|"
    r"e-?posta kutunuza|إلى بريدك|לתיבת הדואר|ke email anda|vào email",
    _FLAGS,
)
_EVERY = re.compile(
    r"(?<!\w)(?:every|each|daily|weekly|twice|jeden|jede|täglich|wöchentlich|chaque|tous les|cada|todos los|"
    r"todas las|ogni|tutti i|elke|iedere|każd\w*|každ\w*|minden|în fiecare|hver|varje|arkisin|joka|"
    r"кажд\w*|щодня|her (?:gün|sabah|hafta)|كل|כל|κάθε|setiap|mỗi|hàng)(?!\w)|\d{1,2}[:.]\d\d|\d{1,2} uhr",
    _FLAGS,
)
NEWSLETTER_BOX_WORDS, NEWSLETTER_PITCH_WORDS, NEWSLETTER_BOX_CHARS = 45, 25, 360


def newsletter_box(line: str) -> bool:
    """Whether ``line`` is a newsletter box's consent line or its pitch (:data:`_CONSENT`, :data:`_TO_INBOX`); not
    reported speech."""
    words = word_count(line)
    if words > NEWSLETTER_BOX_WORDS:
        return False
    lowered = lower(line)
    # (substrings, as compounds and prefixes write them: "Datenschutzhinweise", "לתנאי השימוש"; a few marks first,
    # which every privacy word holds one of, then the words)
    privacy = any(mark in lowered for mark in _PRIVACY_MARKS) and _PRIVACY.search(lowered) is not None
    mailed = any(mark in lowered for mark in _MAIL_MARKS)  # (every inbox of the pitch holds one)
    if not (privacy or mailed):
        return False
    found = privacy and (
        _CONSENT.search(line) is not None
        or (words <= CHECKBOX_WORDS and _CHECKBOX.match(line) is not None and not any(m in line for m in '"“”„«»'))
    )
    if not found and mailed:  # the pitch: news, for the reader or free, in their inbox at set times
        found = (
            words <= NEWSLETTER_PITCH_WORDS
            and _TO_INBOX.search(line) is not None
            and _EVERY.search(line) is not None
            and _PITCH_NEWS.search(line) is not None
            and _PITCH_READER.search(line) is not None
        )
    return found and not _reported(line)


_PRIVACY = re.compile("|".join(re.escape(word) for word in _PRIVACY_WORDS))
_PRIVACY_MARKS = (
    "priva", "datenschutz", "donn", "riserva", "dati ", "prywat", "danych", "údaj", "adatkezel", "confiden", "datelor",
    "integritet", "person", "tietosuoj", "персонал", "конфиденц", "kvkk", "kişisel", "خصوصية", "פרטיות", "osobnih",
    "απορρ", "δεδομ", "datos", "terms", "nutzungsbeding", "términos", "termos", "conditions", "תנאי", "όρους",
    "شروط", "riêng",
)  # fmt: skip
# the marks of the pitch's inbox, read as substrings before its patterns
_MAIL_MARKS = (
    "mail", "inbox", "correo", "bandeja", "posta", "почт", "بريد", "דואר", "inkorg", "indbakke", "innboks",
    "sähköpost", "caixa", "casella", "skrzynk", "căsuț", "σας",
)  # fmt: skip
_PITCH_NEWS = re.compile(
    r"news|nachrichten|wichtigste|newsletter|noticias|notizie|notícias|actualité|l['’]essentiel|nieuws|wiadomości|"
    r"zprávy|správy|hírek|știri|новост|uutiset|nyheter|nyheder|ειδήσεις|haber|berita|tin tức|trucos|tips|conseils|"
    r"consejos|dicas|consigli",
    _FLAGS,
)
_PITCH_READER = re.compile(
    r"\b(?:your|you|dein\w*|ihr\w*|tu|tus|su|sus|seu|sua|tua|tuo|votre|vos|je|jouw|twoj\w*|tvůj|tvoj\w*|váš|"
    r"vaš\w*|vášho|din|dit|kostenlos|gratis|free|gratuit\w*|zdarma|ingyen)\b|sähköpostiisi|σας",
    _FLAGS,
)


# The newsroom's note on how the story was made: a trip others paid for, opening its paragraph ("The writer
# travelled as a guest of Visit Example.", "A jornalista viajou a convite da Secretaria de Turismo.", "Novinarka je
# boravila na otoku na poziv Turističke zajednice.", "Perjalanan jurnalis ini difasilitasi oleh ..."), or the help of
# an AI that the editors checked ("Dieser Text wurde mit Unterstützung von KI-Werkzeugen erstellt und von der
# Redaktion geprüft.")
_TRIP_NOTE = re.compile(
    r"^\W*(?:(?:the|this) (?:writer|author))\b[^.]{0,40}\b(?:travell?ed|was a guest)\b[^.]{0,60}\b"
    r"(?:as (?:a )?guests? of|at the invitation of|courtesy of)|"
    r"^\W*(?:o|a) (?:jornalista|repórter) viajou a convite d|"
    r"^\W*(?:el|la) (?:periodista|reporter[oa]|enviad[oa] especial) viajó (?:invitad[oa] por|a invitación de|"
    r"por invitación de)|"
    r"^\W*(?:notre|le|la) (?:journaliste|envoyée? spéciale?|reporter) (?:a voyagé|était|s['’]est rendue?)[^.]{0,60}"
    r"à l['’]invitation d|"
    r"^\W*(?:il|la) giornalista (?:ha viaggiato|è stat[oa])[^.]{0,40}\b(?:ospite|su invito) d|"
    r"^\W*(?:die|der) (?:reise|recherchereise) (?:wurde|erfolgte) (?:unterstützt|bezahlt|ermöglicht|auf einladung)|"
    r"^\W*(?:die autorin|der autor|unsere reporterin|unser reporter) (?:reiste|war) auf einladung|"
    r"^\W*novinar(?:ka)? je boravi(?:o|la)\b[^.]{0,80}\bna poziv|"
    r"^\W*perjalanan (?:jurnalis|wartawan)[^.]{0,40}\bdifasilitasi",
    _FLAGS,
)
_AI_HELP = re.compile(
    r"\b(?:ai|a\.i\.|artificial intelligence|ki|künstliche[rn]? intelligenz|intelligence artificielle|"
    r"inteligencia artificial|intelligenza artificiale|inteligência artificial|kunstmatige intelligentie|"
    r"sztuczn\w* inteligencj\w*|umělé inteligence|ki-werkzeug\w*|ki-tools?)\b|الذكاء الاصطناعي",
    _FLAGS,
)
_EDITORS_CHECKED = re.compile(
    r"\b(?:(?:reviewed|checked|edited|verified|fact-checked) by (?:our |the |an? )?(?:editors?|editorial|newsroom|"
    r"journalists?|staff)|von der redaktion (?:geprüft|überprüft|bearbeitet)|(?:revisad[oa]|verificad[oa]) por "
    r"(?:la|nuestra) redacción|(?:relu|vérifié|revu)e? par (?:la|notre) rédaction|(?:rivist|verificat)[oa] dalla "
    r"redazione|revisad[oa] pela redação|door de redactie (?:gecontroleerd|nagekeken))|فريق التحرير",
    _FLAGS,
)
NEWSROOM_NOTE_WORDS, NEWSROOM_NOTE_CHARS = 50, 400


def newsroom_note(line: str) -> bool:
    """Whether ``line`` is the newsroom's note on a trip others paid for or on an AI's help (:data:`_TRIP_NOTE`,
    :data:`_AI_HELP` with :data:`_EDITORS_CHECKED`); not reported speech."""
    trip = _TRIP_NOTE.match(line)
    if trip is not None:
        # the host's name, and nothing more: not a trip the story goes on about ("... na poziv policije radi
        # saslušanja", "... und wurde danach sanktioniert", "..., e foi detida ao chegar")
        rest = line[trip.end() :]
        found = word_count(rest) <= TRIP_HOST_WORDS and _TRIP_GOES_ON.search(rest) is None
    else:
        lowered = lower(line)
        found = (
            any(mark in lowered for mark in _EDITORS_MARKS)  # (most lines name no editors: the patterns wait)
            and _EDITORS_CHECKED.search(line) is not None
            and _AI_HELP.search(line) is not None
            and (_THIS_TEXT.search(line) is not None or "الذكاء الاصطناعي" in line)
        )
    return found and word_count(line) <= NEWSROOM_NOTE_WORDS and not _reported(line)


_EDITORS_MARKS = ("editor", "redak", "redac", "rédac", "redaz", "reda", "newsroom", "staff", "journalist", "التحرير")


TRIP_HOST_WORDS = 8
_TRIP_GOES_ON = re.compile(
    r",|;|\b(?:and|but|e|y|und|et|i|dan|ve|radi|para|pour|per|um|to|where|after|before|when)\b", _FLAGS
)
# the note speaks of this very text ("This article was produced with the help of AI ...", "Dieser Text wurde ...")
_THIS_TEXT = re.compile(
    r"\b(?:this (?:article|story|text|piece)|dieser (?:text|artikel|beitrag)|este (?:artículo|texto)|"
    r"cet article|ce texte|questo (?:articolo|testo)|dit (?:artikel|stuk)|ten (?:artykuł|tekst)|"
    r"tento (?:článek|text))\b",
    _FLAGS,
)


def paywall_line(line: str) -> bool:
    """A line of a paywall's box: the prompt to log in for subscribers, an offer with its price (a line of
    ``OFFER_WORDS`` words at most without a full stop: not the story's sentence about a price), or the
    subscription's brand ("NAK+", "KE+ Weiterlesen mit KE+")."""
    asks = "?" in line or "？" in line
    words = word_count(line)
    # (a notice of one short sentence may end with its stop when it says "only" or "for subscribers": "Artiklen er
    # kun for abonnenter."; not "Many subscribers shared the story.")
    bare = line.rstrip()
    if bare.endswith(".") and words <= SUBSCRIBERS_ONLY_WORDS and _ONLY_FOR.search(bare) is not None:
        bare = bare[:-1]
    short = words <= SUBSCRIBERS_ONLY_WORDS and not _SENTENCE_STOP.search(bare)
    # a figure, no label before it ("Disney+ subscription: £4.99 a month", a fact box's), no quotation or aside
    priced = (
        words <= OFFER_WORDS and _FIGURE.search(line) is not None and ":" not in line and line[:1] not in "\"“„«'‘("
    )
    if not (asks or short or priced):
        return False  # most lines: none of the three shapes
    if "+" in line and words <= PLUS_BRAND_WORDS and _PLUS_BRAND.search(line) and _PLUS_BRAND_LINE.search(line):
        return True
    stem = (asks or short) and _subscriber_stem(line)
    if stem and asks and _PAYWALL_LOGIN.match(line):
        return True
    if stem and short and _SUBSCRIBERS_ONLY.match(line):
        return True
    if not priced or _SENTENCE_STOP.search(line[:-1] if _UNIT_STOP.search(line) else line):
        return False
    return _OFFER.match(line) is not None


_ONLY_FOR = re.compile(
    r"\b(?:only|exclusive(?:ly)?|nur|exklusiv|kun|len|jen|sólo|solo|somente|apenas|uniquement|réservée?|riservat[oa]|"
    r"reservad[oa]|tylko|wyłącznie|csak|hanya|chỉ|endast|bare|vain|только|лише|yalnızca|özel\w*|ingår|"
    r"for (?:our )?subscribers|for abonnenter)\b",
    re.IGNORECASE,
)
_AGENCY_CODE = re.compile(r"^\((?-i:[A-ZÀ-Þ]{2,6})\)$")
_CREDIT_IN_BRACKETS = re.compile(
    r"^\((?:zdroj|izvor|извор|źródło|forrás|sursa|fonte|fuente|source|kuha ni|larawan ni|picha na|foto|photo|"
    r"fotografie|fotografija|snímka|larawan mula (?:kay|sa))\s*[:：]?\s+[^()]{2,80}\)$|"
    r"^\((?:(?:image|photo|picture|video) )?credits?\s*[:：]\s*[^()]{2,80}\)$",  # "(Image credit: ...)", a colon
    re.IGNORECASE,
)
_HASHTAG = re.compile(r"^#[^\s#]{3,40}\s*$")  # one hashtag alone on its line
_SOURCE_IN_BRACKETS = re.compile(r"\(\s*(?:avec|with|mit|con|com)\s+(?-i:[A-Z])[^()]{1,40}\)$", _FLAGS)
_HASHTAGS = re.compile(r"(?:#[^\s#]+(?: [^\s#]+)?[\s,]*){2,}$")  # "#суд #Верхнелесский район": a word after one
# A photographer's name and an outlet in brackets closing a caption: "(Marcus Example/Riverside Courier)"
_NAME_SLASH_OUTLET = re.compile(
    r"\((?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){1,3}\s*/\s*(?-i:[A-Z])[^()/]{1,60}\)\s*$"
)


# A line of a photo's credit by its label, and the credit after it, or a short "©" line without a year:
# "Photograph: Jane Example/Harbour Post", "Bild: Sandra Example", "Fot. Archiwum", "© Fotopersbureau
# Example" (not "© 2024 Harbour Post", a rights notice).
CREDIT_LABEL = re.compile(
    r"^\W*(?:(?:photo|photograph|image|picture|credit|foto|fotografia|fotografía|fotografie|bild|fotó|zdjęcie|fot|"
    r"fotoğraf|фото|фотография|снимка|снимки|nuotr|nuotrauka|φωτογραφία|φωτογραφια|"
    r"φωτ|kuva|ছবি|फोटो|عکس|صورة|فوٹو|תמונה|צילום|写真|사진|图片|圖片|picha|larawan|snímka|fotografija|hoto|"
    r"ফটো|புகைப்படம்|ఫోటో|ಫೋಟೋ|ഫോട്ടോ|ફોટો|ਫੋਟੋ|ඡායාරූපය|"
    r"bilder|kuvat|zdjęcia|fotky|snímky|fotók|фотографии|φωτογραφίες|fotoğraflar|"
    # Vietnamese, Thai, Khmer, Burmese, Mongolian, Georgian, Armenian, Azerbaijani, Malay: "Ảnh: Ngọc Thành"
    r"ảnh|ภาพ|រូបថត|ဓာတ်ပုံ|зураг|ფოტო|სურათი|լուսանկար|ֆոտո|şəkil|gambar)s?\s*"
    r"(?:credits?)?\s*[:/.：-]\s*\S|"
    # without a colon, in brackets or with the outlet: "(Foto Fabbri)", "(Kuha ni Maria Example)", "(Zdroj: ...)",
    # "Photo Harbour Post / Jane Example"
    r"\((?:foto|photo|kuha ni|larawan ni|zdroj|izvor)\b[^()]{2,60}\)\s*$|(?:photo|foto)\s+[^.!?:/]{2,60}\s*/|"
    # an agency's photo in brackets, and Swahili's "photo by": "(AP Photo/Jane Example)", "Picha na Maktaba"
    r"\([\w.]{2,12} (?:photo|foto)\s*/[^()]{2,60}\)\s*$|picha na (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3}$|"
    # after a bar, as East African papers print it: "PHOTO | JANE EXAMPLE" (one bar: not a menu's "Photos | Videos")
    r"(?:photo|picture|foto)\s*\|\s*[^|]{2,60}$|"
    r"©\s*(?:[^\s\d]+(?:\s+|$)){1,6}$)",  # (words split by spaces: "[^\s\d]+\s*" backtracked without end)
    _FLAGS,
)


BRACKET_CREDIT_CHARS = 90  # a photo's credit in brackets, its label and the names after it, is this long at most
BRACKET_CREDIT_WORDS = 8  # the names after the label, at most
# A photo's credit in brackets by what marks it, whatever the label's language: an outlet's photo ("(Express
# photo)"), a reporter's or an outlet's name before Chinese "photographed by" ("（記者陳怡君攝）",
# "（新华社记者李明摄）"),
# a broadcaster's or "Supplied" before the photographer's name, as Australian sites print them ("(ABC News:
# Jared Fox)", "(Supplied: Example Wildlife Trust)"), Filipino "picture of" ("(Larawan mula kay Mark Example)")
OUTLET_PHOTO = r"\((?:[\w.&-]+\s+){1,3}(?:photo|foto|pic)\)"  # "(Express photo)"
_BRACKETED_PHOTO = re.compile(
    rf"{OUTLET_PHOTO}|[（(][^()（）\s]{{2,16}}(?:攝|摄|拍摄|攝影)[)）]|"
    r"\((?:larawan (?:mula (?:kay|sa)|ni)|kuha ni)\s+[^()]{2,60}\)|[（(][^()（）\s]{1,16}提供[)）]|"
    r"\((?:supplied|(?:abc|aap|sbs|afp|ap|epa|reuters|getty images|getty|bloomberg|aaa)(?: (?-i:[A-Z])[a-z]+){0,2})"
    r"\s*:\s*(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){1,3}(?:\s*/\s*\w+)?\)",
    _FLAGS,
)


# the label's colon, or the stop of a label's abbreviation: "(Fotó: ...)", "(Fot. Jan Example)", "(Φωτ.: ...)"
_LABEL_MARK = re.compile(r"\W*(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[:：]|[^\W\d_]{2,5}\.\s*[:：]?\s)")


def bracketed_photo_credit(text: str) -> bool:
    """Whether ``text`` is a photo's credit in brackets, alone: its label in any language the credits' rule reads
    and a few words after it ("(Fotó: Kovács Example / Délvidéki Napló)", "(Φωτ.: Νίκος Example)", "(Fot. Paweł
    Example)"), or one of :data:`_BRACKETED_PHOTO`. Not an agency's name alone ("(Reuters)"), which may close a
    story's paragraph, nor a long bracket of the story's own ("(Photo: the harbour board's plan, shown on
    Tuesday, has drawn objections.)")."""
    line = text.strip()
    if len(line) > BRACKET_CREDIT_CHARS or line[:1] not in "(（" or line[-1:] not in ")）":
        return False
    if _BRACKETED_PHOTO.fullmatch(line):
        return True
    inner = line[1:-1].strip()
    label = CREDIT_LABEL.match(inner)
    if label is None or inner[:1] == "©" or _LABEL_MARK.match(inner) is None:
        return False  # (not "(Bild-Zeitung)", "(Photo-op at the White House)")
    named = inner[label.end() - 1 :]
    return word_count(named) <= BRACKET_CREDIT_WORDS and not ends_with_stop(named)


# A picture's credit by a label the credit rule's line does not read, or a mark it closes with: "تصوير: ...",
# "图片来源：...", "圖／...提供", "記者陳怡君／攝影", "Pajūrio žinių nuotr.", "© Élodie Example / Le Courrier"
_PICTURE_CREDIT_MARKS = re.compile(
    r"^(?:تصوير|عدسة|图片来源|圖片來源|图片|圖片|图|圖|照片|写真|사진|ภาพ)\s*[:：／/=]|"
    r"(?:攝|摄|攝影|摄影|提供|nuotr\.)\s*[)）]?$|^©\s*(?!\d)\S"
)


def picture_credit(line: str) -> bool:
    """Whether ``line``, a line the rules took as a credit, names a picture's source by its label or its mark (not
    a wire's sign-off: "(Reporting by ...)", "Con información de EFE"): a line the caption over it goes with. Not a
    gallery's or a video's line, which holds its own caption; not a chart's or a table's source ("Fonte: ..."):
    what stands over one may be the table's last row or the story's last sentence about the figures, as a first
    form showed on a held-out set's story lines."""
    line = line.strip()
    if "。" in line[:-1] or len(sentence_spans(line)) > 1:
        return False  # a caption with its credit, not a credit alone
    return (
        bracketed_photo_credit(line)
        or _PICTURE_CREDIT_MARKS.search(line) is not None
        or (CREDIT_LABEL.match(line) is not None and word_count(line) <= BRACKET_CREDIT_WORDS + 1)
    )


def closes_with_credit(text: str) -> bool:
    """Whether ``text`` ends with a photographer's name and an outlet in brackets ("... at City Hall.
    (Marcus Example/Riverside Courier)"): its sentences are judged one by one."""
    return text.endswith(")") and "/" in text and _NAME_SLASH_OUTLET.search(text) is not None


DATELINE_CHARS = 160  # a dateline with its published and updated stamps is this long at most
DATELINE_OTHER_WORDS = 2  # words of a dateline besides those of its dates and stamps: a place, a source
# A count of the story's readers or views after its date: "Publié le 17 mars 2024 | 1 248 lectures"
_READ_COUNT = re.compile(
    r"\s*[|·•]\s*\d[\d\s.,]*\s*(?:lectures?|lecturas?|leituras?|letture|views?|reads?|visualizações|visualizaciones|"
    r"aufrufe|просмотр\w*|переглядів|wyświetle\w*)\s*$",
    re.IGNORECASE,
)
# a year, also of the Thai Buddhist era ("2568") and the Persian calendar ("1404"; figures of other scripts are
# read as ASCII ones first)
_YEAR = re.compile(r"(?:19|20)\d\d|(?<![\d,.])(?:25[1-6]\d|1[34]\d\d)(?![\d]|[,.]\d)")
_TOKENS = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+|\d+")  # words with their vowel signs (Devanagari, Tamil, Thai)
# The words a dateline holds besides month and weekday names: published, updated and their kin, "at",
# "on", articles and prepositions, time words and zones, the weekdays' abbreviations, relative times, in
# the languages whose datelines are read, and the Chinese, Japanese and Korean stamps.
_DATELINE_WORDS = frozenset(
    """published posted submitted updated update last modified first on at am pm a p m et pt ct mt gmt utc cet cest
    est edt cst cdt mst mdt pst pdt bst wib wita wit jst kst hkt ist ago hours hour hrs hr minutes minute mins min
    veröffentlicht aktualisiert zuletzt erstellt stand am um uhr vor stunden stunde minuten
    publié publiée le la mis à jour modifié modifiée il y a h
    publicado publicada actualizado actualizada el de del a las hace horas hora minutos
    pubblicato pubblicata aggiornato aggiornata ultima modifica alle ore fa
    atualizado atualizada em às há
    gepubliceerd bijgewerkt laatste op om geleden
    opublikowano aktualizacja zaktualizowano godz temu
    yayınlanma yayınlandı güncelleme güncellendi giriş saat önce son
    опубликовано обновлено в г года назад ч мин
    diterbitkan diperbarui pukul pada dikemas kini pagi petang malam
    objavljeno ažurirano objavljen ažuriran objavené aktualizované publikované aktualizovano u o v ob
    publicat actualitzat publicada actualitzada imechapishwa ilisasishwa nai-publish na-update noong
    mo di mi do fr sa so lun mar mer jeu ven sam dim mié jue vie sáb dom seg ter qua qui sex
    mon tue tues wed thu thur thurs fri sat sun
    pzt sal çar per cum cmt paz пн вт ср чт пт сб вс
    更新 发布 發佈 发布时间 時間 时间 配信 公開 掲載 입력 수정 기사입력 최종수정 등록
    نشر في بتاريخ آخر تحديث تم ص م الساعة
    lesezeit minuten read reading time lecture lectura lettura leitura leestijd czytania okuma süresi чтения
    publicerad uppdaterad publiceret opdateret publisert oppdatert kl klo julkaistu päivitetty publikováno
    aktualizováno δημοσίευση ενημέρωση publikálva frissítve publicat actualizat diterbitkan diperbarui pukul
    date তারিখ প্রকাশ প্রকাশিত আপডেট হালনাগাদ تاریخ انتشار بروزرسانی به‌روزرسانی هـ محرم صفر ربيع الأول الآخر الثاني
    جمادى الأولى الآخرة رجب شعبان رمضان شوال ذو ذي القعدة الحجة
    hrs st nd rd th originally ma wo vr za zo अपडेटेड प्रकाशित अपडेट 年 月 日 時 分 秒 午前 午後 上午 下午 년 월 일 시
    분 오전 오후 點 点 publiziert aktualisiert
    közzétéve публикувано обновено publicēts atjaunots gada paskelbta atnaujinta m d đăng ngày cập nhật lúc
    inilathala اپ ڈیٹ شائع data publicării publicare actualizare פורסם עודכן
    actualitzat actualitzada 업데이트 송고 令和 平成 เวลา น ปรับปรุง เผยแพร่ बजे""".split()
    + _ARABIC_WEEKDAYS.split("|")
)


def may_be_date_line(text: str) -> bool:
    """Whether :func:`date_line` need be asked: a short line with a year in it."""
    if len(text) > DATELINE_CHARS:
        return False
    digits = text if text.isascii() else ascii_digits(text)
    return (
        _YEAR.search(digits) is not None
        or (("." in digits or "/" in digits) and SHORT_YEAR_DATE.search(digits) is not None)
        or (not text.isascii() and ("令和" in text or "平成" in text))  # Japan's era years: "令和5年7月22日"
    )


DAY_AND_MONTH_CHARS = 40  # a day and a month, a weekday and a time without a year: this short


def day_and_month_line(text: str) -> bool:
    """A line of a day and a month without a year, a weekday and a time of day around them or not, and
    nothing else ("Tuesday 14 January", "Tue 14 Jan", "18 лютого, 09:47"): a date over the story whose
    year the page leaves out."""
    if len(text) > DAY_AND_MONTH_CHARS or not any(character.isdigit() for character in text):
        return False
    tokens = _TOKENS.findall(text if text.isascii() else ascii_digits(text))
    month = day = False
    for token in tokens:
        lowered = lower(token)
        if token.isdecimal():  # (not isdigit: "³" is a digit that int() cannot read)
            day = day or (len(token) <= 2 and 1 <= int(token) <= 31)
        elif lowered in MONTH_NAMES:
            month = True
        elif lowered not in WEEKDAY_NAMES and lowered not in _DATELINE_WORDS:
            return False
    return month and day


def date_line(text: str) -> bool:
    """A line made of a date and the words around dates ("Sevilla, 10 de junio de 2025", "Publié le 18
    février 2025 à 06h45, modifié le 18 février 2025 à 09h10", "입력 2025.05.12 14:03 수정 2025.05.12
    15:20"): :func:`copydesk.extract.dates.find_date` reads a date in it, and besides the words of dates,
    stamps and times it holds ``DATELINE_OTHER_WORDS`` words at most, each capitalised or of a script
    without case, before all of those or after them (a place, a source); not a sentence with a date in
    it ("He died on 3 March 2024."), nor a heading ("Posted By Mistake On Friday, 8 March 2024")."""
    if find_date(text) is None:
        return False
    return _dated_words(text)


_DATE_PHRASES = re.compile(r"\b(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b|\ba les(?= \d)", re.IGNORECASE)


def _dated_words(text: str) -> bool:
    """Whether ``text`` holds, besides the words of dates, stamps and times, ``DATELINE_OTHER_WORDS`` words
    at most (:func:`date_line`)."""
    other: list[int] = []  # the places of the other words among the line's words and numbers
    if not text.isascii():
        text = without_calendar_dates(text)  # "5 ก.พ. 2568 09:30 น.", "۱۰ اردیبهشت ۱۴۰۴"
    text = _DATE_PHRASES.sub(" ", text)  # "Thứ năm, 18/01/2024" (not the "Ba" of "Ba Đình"), Catalan's "a les 10:15 h"
    text = _READ_COUNT.sub("", text)  # the story's count of readers after its date: "| 1 248 lectures"
    tokens = _TOKENS.findall(text)
    for at, token in enumerate(tokens):
        lowered = lower(token)
        if token[0].isdigit() or lowered in _DATELINE_WORDS or lowered in MONTH_NAMES or lowered in WEEKDAY_NAMES:
            continue
        if len(other) == DATELINE_OTHER_WORDS or token[0].islower():
            return False
        other.append(at)
    if other and text.rstrip()[-1:] in ".!?":
        return False  # a sentence: "Retrieved 7 January 2011."
    # the other words open the line or close it, one run: "Sevilla, 10 de junio de 2025", "... 来源：成都晚讯"
    return not other or other == list(range(len(other))) or other == list(range(len(tokens) - len(other), len(tokens)))


LINKED_WORDS = (3, 20)  # the words of another story's headline behind a link's arrows, at least and at most


def _linked_headline(text: str) -> bool:
    """A headline's words after the arrows, no sentence: ">> Ferry fares rise in May", "» Leia mais"."""
    line = text.lstrip(_LEAD_MARKS + " \t")
    return LINKED_WORDS[0] <= word_count(line) <= LINKED_WORDS[1] and not is_sentence(line)


LONG_BYLINE_CHARS = 160  # a byline with the writer's post and desk is this long at most


# The news aggregator's name: a short line naming it is a prompt to follow the site there ("Google News पर हमें
# फॉलो करें", "Folge uns auf Google News", "Suivez-nous sur Google Actualités")
_GOOGLE_NEWS = re.compile(r"\bgoogle (?:news|actualités|noticias|notícias|notizie|nachrichten)\b", re.IGNORECASE)
CHANNEL_PROMPT_WORDS = 12


def _rules_reason(text: str, words: AbstractSet[str] | None, skip: int = -1, notices: bool = True) -> str | None:
    if len(text) > 600:
        return None  # boilerplate is short; a long paragraph is the story even when it mentions a newsletter
    if text[:1] in _LEAD_MARKS and "«" not in text:  # "» Lesen Sie auch: ...", ">> Xem thêm: ..."; not »...«
        text = text.lstrip(_LEAD_MARKS + " \t")
        if not text:
            return None
    if len(text) <= MENU_LINE_CHARS and "  " in text and spaced_row(text):  # (a Thai line reads as a sentence)
        return "navigation"
    if len(text) <= MENU_LINE_CHARS and ("›" in text or "»" in text) and path_row(text):
        return "navigation"
    if len(text) <= MENU_LINE_CHARS and ("  " in text or "|" in text) and ticker_row(text):
        return "navigation"
    if len(text) <= MENU_LINE_CHARS and not is_sentence(text):  # a menu in a line ends no sentence
        if _ROW_MARK.search(text) is not None and menu_row(text):
            return "navigation"
        if len(text.split(maxsplit=MENU_LINE_WORDS - 1)) >= MENU_LINE_WORDS and section_names(text):
            return "navigation"
        if not text.isascii() and han_kana_row(text):
            return "navigation"
    if text[0] == "(" and _EDITORS_INITIALS.match(text):
        return "credit"
    if len(text) <= 80:
        end = _label_end(text)
        if not is_sentence(end):
            figures = _FIGURE.search(text) is not None  # every dateline has one: the others need not be read
            for name, pattern in _LABEL_RULES:
                if (figures or name != "dateline") and pattern.search(text):
                    return name
            if _GLUED_WORDS.search(text) and _FURNITURE_LABELS.search(_GLUED_WORDS.sub(r"\1 \2", text)):
                return "navigation"  # links glued by the page's markup: "Skip to contentSkip to site index"
        elif _stopped_label(end) and not is_sentence(end[:-1]) and _FURNITURE_LABELS.search(text):
            return "navigation"
    elif (
        len(text) <= LONG_BYLINE_CHARS
        and text[:3].lower() == "by "
        and not is_sentence(text)
        and _BYLINE_RULE.search(text) is not None
    ):
        return "byline"  # with the writer's post: "By Jane Example, Senior Staff Technologist, Harbour Project"
    if len(text) <= ROW_CHARS and (row := button_row(text)) is not None:
        return row
    if "oogle" in text and word_count(text) <= CHANNEL_PROMPT_WORDS and _GOOGLE_NEWS.search(text) is not None:
        return "promo"  # a prompt to follow the site there, in any language: "Urmărește ... pe Google News"
    if not text.isascii() and _PHRASE_SCRIPT.search(text):
        for name, pattern in _CJK_RULES:
            if pattern.search(text):
                return name
    if words is None:
        words = trigger_words(text)
    if not words.isdisjoint(_SITE_NOTE_WORDS):
        for name, pattern in _SITE_NOTES:
            if pattern.match(text):
                return name
    if not words.isdisjoint(_COMMENT_FORM_WORDS):
        if _COMMENT_FORM.search(text):
            return "navigation"
        if _COMMENT_RULES.search(text):
            return "legal"
    if len(text) <= DESK_BYLINE_CHARS and desk_byline(text):
        return "byline"
    if notices and _notice_candidate(text):
        if publisher_appeal(text):
            return "appeal"
        if len(text) <= PAYWALL_CHARS and paywall_notice(text):
            return "promo"
    if not words and "©" not in text:
        return None
    rules = {i for word in words for i in _RULES_OF_WORD.get(word, ())}
    if "©" in text:
        rules.add(_LEGAL_RULE)
    rules.discard(skip)
    for i in sorted(rules):  # in the order of _ALL_RULES: the first rule that fires names the reason
        name, pattern, _ = _ALL_RULES[i]
        if name == "share" and len(text) > 150:
            continue
        found = pattern.search(text)
        if found:
            if name in ("newsletter", "appeal", "promo", "legal") and (
                _reads_as_reporting(text) or _in_opening_quotation(text, found.start())
            ):
                continue
            if name == "legal" and _credit_before_story(text, found, pattern):
                continue
            return name
    if not words.isdisjoint(_TRIGGERS["appeal"]) and reads_as_appeal(text):
        return "appeal"
    return None


# A site's menu flattened into one line of section names ("Politik Wirtschaft Panorama Sport Kultur",
# "Россия Мир Экономика Наука Спорт", "财经 股票 基金 理财 科技 汽车"): the sections news sites of many
# languages name, in lower case (several-word names by their words: "thời sự" is "thời" and "sự").
SECTION_NAMES = frozenset(
    "news home latest politics business economy world sport sports culture opinion tech technology science health "
    "travel food entertainment lifestyle local national international weather video videos photos podcasts markets "
    "money style arts books music film tv education environment climate auto autos cars jobs obituaries games "
    "crime society life media regional "
    "politik wirtschaft panorama kultur netzwelt wissen gesundheit reise meinung ausland inland lokales "
    "actualités politique économie monde santé société idées "
    "noticias política economía internacional mundo deportes cultura sociedad opinión tecnología ciencia salud "
    "cronaca politica economia esteri spettacoli tecnologia salute "
    "notícias esportes saúde "
    "nieuws binnenland buitenland economie cultuur regio "
    "wydarzenia polska świat biznes kultura "
    "россия мир экономика наука спорт культура политика общество "
    "finance hot inet oto berita "
    "spor gündem ekonomi dünya siyaset magazin sağlık teknoloji yaşam "
    "thời sự thế giới kinh tế văn hóa thể thao giáo dục pháp luật sức khỏe giải trí du lịch khoa học "
    "トップ 速報 政治 経済 国際 社会 スポーツ エンタメ 科学 "
    "财经 股票 基金 理财 科技 汽车 新闻 国际 国内 体育 娱乐 军事 社会 "
    "wissenschaft digital leben auto lokal faits divers tecnología espectáculos ciudad nacional attualità "
    "cronache italia brasil esporte entretenimento aktualności gospodarka kraj opinie rozrywka новости "
    "происшествия технологии здоровье авто haberler güncel yerel kültür sanat eğitim nasional olahraga "
    "ekonomi internasional hiburan otomotif gaya hidup daerah metro tin tức "
    "ニュース 地域 暮らし ライフ 天気 뉴스 정치 경제 사회 스포츠 연예 문화 국제 오피니언 전국 생활 "
    "أخبار مجتمع اقتصاد رياضة ثقافة سياسة دولي محليات منوعات صحة تكنولوجيا "
    "समाचार देश विदेश खेल मनोरंजन व्यापार "
    "football soccer basketball baseball tennis golf hockey cricket rugby cycling fútbol futbol futebol baloncesto "
    "basquete basketbol voleybol vôlei volley calcio fußball handball formel motorsport transfer transfers "
    "brasileirão libertadores".split()
)
MENU_LINE_CHARS, MENU_LINE_WORDS = 200, 4  # a flattened menu: this long at most, this many words at least


def section_names(text: str) -> bool:
    """Whether ``text`` is a flattened menu: ``MENU_LINE_WORDS`` words or more, two in three of them
    the names of news sections (an ampersand between two passes: "Cultuur & Media"; a region's name
    may be among them: "トップ　ニュース　九州　福岡　スポーツ　エンタメ")."""
    words = [word for word in lower(text).split() if word != "&"]
    if len(words) < MENU_LINE_WORDS:
        return False
    return sum(1 for word in words if word in SECTION_NAMES) * 3 >= len(words) * 2


# Chinese and Japanese write no space between words: a line of short runs of their letters with spaces between
# them is a flattened menu or a row of links ("动漫 读书 儿童 星座 精品课 全部频道"), whatever the words
_HAN_KANA_WORD = re.compile(f"[{HAN_KANA}\uf900-\ufaff]{{1,5}}")
HAN_KANA_ROW_WORDS = 5  # this many at least (a byline names four: "记者 王磊 通讯员 李娜")


def han_kana_row(text: str) -> bool:
    """Whether ``text`` is ``HAN_KANA_ROW_WORDS`` or more runs of one to five Chinese or Japanese letters,
    nothing else, split by spaces."""
    words = text.split()
    return len(words) >= HAN_KANA_ROW_WORDS and all(_HAN_KANA_WORD.fullmatch(word) for word in words)


# a desk's sign-off: "(asp/imk)"; not "(and/or)", "(he/him)"
_EDITORS_INITIALS = re.compile(
    r"\((?!(?:and/or|he/him|she/her|they/them|his/her|yes/no)\))(?:[a-z]{2,5}/){1,3}[a-z]{2,5}\)$"
)
_LEAD_MARKS = ">»►▶▸→"  # the arrows a link's line may open with
# A menu or a breadcrumb in one line: "Home | News | Sport | Obituaries", "Spor > Futbol > Süper Lig",
# "Inicio › Noticias": three items or more, or two on a path from the home page ("Startseite > Verkehr"; not
# "Arsenal > Chelsea").
_ROW_MARK = re.compile(r"\s[|>›»/•·]\s")


def has_row_mark(text: str) -> bool:
    """Whether ``text`` holds a mark that splits the items of a menu or a breadcrumb, spaces around it."""
    return _ROW_MARK.search(text) is not None


_HOME_CRUMB = re.compile(_HOME, _FLAGS)
_ROW_SPLIT = re.compile(r"\s+(?:[|/•·]|(?P<path>[>›»]))\s+")
ROW_ITEM_WORDS, ROW_ITEM_CHARS = 4, 30


def menu_row(text: str) -> bool:
    """Whether ``text`` is a row of menu items or a breadcrumb: items of a few words each (each opens
    with a letter and ends no sentence), split by a mark with spaces around it: three items or more, or two
    on a path from the home page ("Inicio › Noticias"). Not a headline with its site's name ("Harbour basin
    to be dredged | Harbour Post"), whose headline is longer than an item, nor a French sentence's quotation
    in guillemets ("Le mot « ensauvagement » fait débat")."""
    if "«" in text or _CODE_CHARACTER.search(text):
        return False
    parts = _ROW_SPLIT.split(text.strip(" \t|/•·"))  # the mark after the last item too: "Home | News | Sport |"
    items = parts[::2]
    path = any(mark for mark in parts[1::2])
    if len(items) < 3 and not (path and len(items) == 2 and _site_item(items[0])):
        return False
    shaped = all(_row_shaped(item) for item in items)
    # a site's own: a section or a page of it among the items ("Home", "News", "Política", "Contact Us"); not
    # a table's row ("Name | Party | State"), a list of places or a verdict's headings ("Pros | Cons | Verdict")
    return shaped and any(_site_item(item) for item in items)


_PATH_SPLIT = re.compile(r"\s+[›»]\s+")  # (">" also ranks: "Real Madrid > Barcelona > Atletico")
PATH_ITEMS = 3  # a breadcrumb of any language: this many items or more on the path


def path_row(text: str) -> bool:
    """A breadcrumb whatever its language: ``PATH_ITEMS`` items or more split by "›" or "»", each
    of ``ROW_ITEM_WORDS`` words at most, none a sentence's end ("فرهنگ و هنر › کتاب و ادبیات ›
    رمان", "मुख्य पृष्ठ » प्रदेश » न्यायालय")."""
    if _CODE_CHARACTER.search(text):
        return False  # code, a query's comparisons
    items = _PATH_SPLIT.split(text.strip())
    return len(items) >= PATH_ITEMS and all(_row_shaped(item) for item in items)


SPACED_ROW_ITEMS = 4  # a menu flattened with wide gaps between its items holds this many at least
_WIDE_GAP = re.compile(r"\s{2,}|\u3000")


def spaced_row(text: str) -> bool:
    """A site's menu flattened into a line with two spaces or more between its items ("خانه  اقتصاد  بازار
    بورس  مسکن", "Terkini  Populer  Ekonomi  Bisnis"): ``SPACED_ROW_ITEMS`` items or more, each of
    ``ROW_ITEM_WORDS`` words at most, opening with a letter (a capital one where the script has them)
    and holding no figure (a table's row of figures is the story's), none a sentence's end."""
    items = _WIDE_GAP.split(text.strip())
    return len(items) >= SPACED_ROW_ITEMS and all(
        _row_shaped(item, ROW_ITEM_WORDS - 1)
        and not any(char.isdigit() for char in item)
        and not item[0].islower()  # "The  council  voted": a sentence's words spread apart
        for item in items
    )


# A market's quote: a name, its price, its change ("USD 92,37 +0,19", "Brent $86,10", "شاخص کل ۲,۱۸۶,۴۰۰",
# "DAX 18.245 +0,4%").
_QUOTE = re.compile(
    r"[^\W\d][^\d|]{0,25}?\s*[$€£¥₺₽]?\s*[+\-−]?\d[\d.,]*\s*(?:%|[^\W\d]{1,8})?(?:\s*\(?[+\-−]\d[\d.,]*\s*%?\)?)?"
)
_QUOTE_SPLIT = re.compile(r"\s*\|\s*|\s{2,}")


def ticker_row(text: str) -> bool:
    """A market ticker flattened into a line: ``TICKER_QUOTES`` quotes or more (:data:`_QUOTE`) split by
    "|" or by two spaces or more, with a change or a currency's sign among them, or split by "|" (not
    "Arsenal 2  Chelsea 1", a score)."""
    line = ascii_digits(text.strip()) if not text.isascii() else text.strip()
    items = _QUOTE_SPLIT.split(line)
    return (
        len(items) >= TICKER_QUOTES
        and all(_QUOTE.fullmatch(item) for item in items)
        and ("|" in line or _CHANGE.search(line) is not None)
    )


TICKER_QUOTES = 3
_CHANGE = re.compile(r"[+\-−]\d|\d\s*%|[$€£¥₺₽]")


def _row_shaped(item: str, words: int = ROW_ITEM_WORDS) -> bool:
    """An item of a row of a site's links: ``words`` words at most, ``ROW_ITEM_CHARS`` characters, opening
    with a letter and ending no sentence."""
    return (
        len(item) <= ROW_ITEM_CHARS
        and 0 < len(item.split()) <= words
        and item[0].isalpha()
        and item[-1] not in ".!?:;,"
    )


# Languages by their own names: the items of a site's switch between its editions ("English | Español |
# Français", "CNN en Español | CNN Chile | English").
LANGUAGE_AUTONYMS = frozenset(
    "english|español|espanol|français|francais|deutsch|italiano|português|portugues|nederlands|polski|"
    "русский|українська|türkçe|العربية|عربي|فارسی|اردو|עברית|हिन्दी|हिंदी|বাংলা|தமிழ்|తెలుగు|中文|简体中文|"
    "繁體中文|繁体中文|日本語|한국어|tiếng việt|bahasa indonesia|bahasa melayu|melayu|ไทย|kiswahili|hausa|svenska|"
    "dansk|norsk|suomi|čeština|slovenčina|magyar|română|ελληνικά|български|српски|hrvatski|slovenščina|"
    "latviešu|lietuvių|eesti|català|galego|euskara|filipino|shqip".split("|")
)  # (names of two words whole: "Bahasa Indonesia", "Tiếng Việt")


def _site_item(item: str) -> bool:
    return (
        _HOME_CRUMB.fullmatch(item) is not None
        or lower(item) in LANGUAGE_AUTONYMS
        or any(word in SECTION_NAMES for word in lower(item).split())
        or _FURNITURE_LABELS.search(item) is not None
    )


# Shell commands and queries ("$ echo 'fix' > file1", "WHERE zscore > 3") are no menus.
_CODE_CHARACTER = re.compile(r"[$'\"=(){}\[\];<`]")


GLUED_CREDIT_WORDS = 30  # a "©" line this long that says nothing else of rights carries story text


def _credit_before_story(text: str, found: re.Match[str], pattern: Anchored) -> bool:
    """A "©" credit glued to story text ("© Provided by Harbour Post Nintendo and Apple shocked the
    world this year by announcing ..."): where the credit ends cannot be told, and the story matters
    more. A long line whose only legal words are the "©" is kept, unless a year or "Copyright" soon
    follows it (a rights notice: "© 2024 Harbour Post Ltd, publisher of ...")."""
    return (
        found.group().startswith("©")
        and word_count(text) >= GLUED_CREDIT_WORDS
        and _NOTICE_OPENING.match(text, found.start()) is None
        and pattern.search(text, found.end()) is None
    )


def rights_notice(line: str) -> bool:
    """Whether ``line`` opens with a rights notice: "©" and a year or "Copyright" soon after it ("© 2025 Example
    News", "Copyright © 2024, TASR", "© АО «Пример», 1995–2024"); not a credit ("© Reuters")."""
    line = line.lstrip()
    return _NOTICE_OPENING.match(line) is not None or (
        line[:9].lower() == "copyright" and _NOTICE_OPENING.search(line[:40]) is not None
    )


# A rights notice, not a credit: "© 2024 Harbour Post", "© Copyright Harbour Media".
_NOTICE_OPENING = re.compile(r"©\s*(?:\S+\s+){0,3}?(?:(?:19|20)\d\d\b|copyright\b)", _FLAGS)


_GLUED_WORDS = re.compile(r"([a-z])([A-Z])")


def _label_end(text: str) -> str:
    """``text`` as the label rules judge its end: "No comments:" is a label, and so is a time
    ("Updated at 1:23 p.m.") or a cut link ("More from Space..."), whose stops end no sentence, or a
    label with a count ("Comments (3)"), a zone or an update in brackets ("(GMT+7)", "(modifica il ...)"),
    whose bracket ends none either."""
    bare = text.rstrip().rstrip(":")
    if bare[-1:] in ("'", "’", "′") and bare[-2:-1].isdigit():
        bare = bare[:-1]  # minutes after a figure ("Χρόνος ανάγνωσης: 3'"), no quotation's end
    if bare.endswith((" »", " ›", "\u00a0»")) and "«" not in bare and "‹" not in bare:
        bare = bare[:-1].rstrip()  # a link's arrow ("Popular Now on CityLab »"), not a closing quote
    if bare.endswith(("...", "…")):  # "More from Space...": a link cut short ends no sentence
        return bare.rstrip(".…")
    if bare.endswith(")"):  # a count: "Comments (3)"
        bare = _BRACKETED_TAIL.sub("", bare)
    return bare[:-1] if bare.lower().endswith(("a.m.", "p.m.", " min.")) else bare  # "Lesezeit: 3 Min."


_BRACKETED_TAIL = re.compile(
    r"\s*\((?:\d+(?: [^\W\d_]+)?|gmt[+-]\d{1,2}|utc[+-]?\d{0,2}|(?-i:[A-Z]{2,6})|atom|"
    r"(?:modifica|aggiornato|actualizado|updated|mis à jour)\b"
    r"[^()]{0,60})\)$",
    re.IGNORECASE,
)


def _stopped_label(end: str) -> bool:
    """A line of labels with a full stop ("Advertisement.", "Story continues below."): only the rule
    that matches whole lines of furniture labels may read it, never one that reads a line's start
    ("By March, the army had retreated." is no byline). Not with digits: "Retrieved 7 January
    2011." is a citation."""
    return end.endswith(".") and not end.endswith("..") and not any(c.isdigit() for c in end)


def _in_opening_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside the quotation ``text`` opens with: someone's words ("“Sign up
    for the city's text alerts,” the mayor urged", "“The library is the newsletter here.”"), which a
    publisher's prompt never opens with."""
    if not text or text[0] not in _CLOSING_QUOTE or (text[0] == "»" and "«" not in text):
        return False
    closing = _CLOSING_QUOTE[text[0]]
    ends = [end for mark in closing if (end := text.find(mark, 1)) != -1]
    # a quotation that goes on in the next paragraph has no closing mark in this one
    return position < min(ends) if ends else True


# The marks that close a quotation opened by each mark ("„" closes with "“" in German, "«" with "»").
_CLOSING_QUOTE = {"“": '”"', '"': '"”', "„": '“”"', "«": "»", "»": "«"}


def _reads_as_reporting(text: str) -> bool:
    """Reported speech about newsletters, donations or rights ("the charity said donations rose", "the
    recordings may not be reproduced, a spokeswoman said") is story text."""
    return _REPORTING.search(text) is not None and not speaks_to_reader(text)


# Verbs of reported speech: English, German, French, Spanish, Italian, Portuguese, Russian, Swedish,
# Danish, Norwegian, Finnish, Czech, Hungarian, Romanian, Greek, Ukrainian, Hebrew (verbs only:
# "según la ley", "secondo la legge" belong to rights lines).
_REPORTING = re.compile(
    r"\b(?:"
    r"said|says|told|according to|reported|found|warned|(?<!otherwise )noted|added|explained|argued|claimed|insisted|"
    r"announced|estimated|urged|urges|wrote|writes|tells|asked|admitted|sagte|sagt|hieß es|erklärte|"
    r"a déclaré|a dit|a indiqué|dijo|afirmó|aseguró|explicó|ha detto|ha dichiarato|disse|afirmou|informou|"
    r"orienta|сказал[аи]?|заявил[аи]?|сообщил[аи]?|отметил[аи]?|рассказал[аи]?|пояснил[аи]?|сообщает|сообщают|"
    r"säger|sade|siger|sagde|sier|sanoo|sanoi|berättar|fortæller|"
    r"forteller|kertoo|kertoi|říká|řekl|uvedl|mondta|közölte|mesélte|a declarat|a spus|δήλωσε|είπε|каже|"
    r"сказав|сказала|сказали|заявив|заявила|заявили|зазначив|зазначила|повідомив|повідомила|повідомили|"
    r"אמר|אמרה|מספר|מספרת|"
    # appealed, asked, called on: "Wesprzyjcie naszą pracę, apelowała dyrektorka", "..., kérte a vezető"
    r"apelował[ao]?|apelowali|kérte|kérték|закликав|закликала|закликали|призвал[аи]?|попросил[аи]?|"
    r"recomendó|pidió|pediu|forderte|appellierte|"
    r"a cerut|a îndemnat|ζήτησε|напомнил[аи]?|нагадав|нагадала|"
    # advised, recommended: "Téléchargez l'application FR-Alert ..., conseille la préfecture", "..., rät das BSI"
    r"advises|advised|recommends|recommended|conseille|recommande|rät|empfiehlt|empfahl|aconseja|recomienda|"
    r"consiglia|raccomanda|aconselha|recomenda|советует|советуют|рекомендует|радить|радять|zaleca|doporučuje|"
    r"odporúča|anbefaler|rekommenderar|suosittelee|tavsiye ediyor|önerdi|recomandă|sfătuiește|ajánlja|συνιστά"
    r")\b",
    _FLAGS,
)


def voice_ratio(text: str) -> float:
    """The share of words outside quotations that are "we", "our", "us", "you", "your"."""
    if not _PUBLISHER_VOICE.search(text):
        return 0.0
    unquoted = _QUOTED.sub(" ", text)
    words = len(_WORD.findall(unquoted)) or 1
    return len(_PUBLISHER_VOICE.findall(unquoted)) / words


def speaks_to_reader(text: str) -> bool:
    """Whether ``text`` is in the publisher's voice ("we", "our", "you" outside quotations)."""
    return voice_ratio(text) > 0.04


# What an appeal asks of the reader ("Please consider making a contribution", "help us keep ...").
_APPEAL_ASK = re.compile(
    r"\b(?:please (?:consider|donate|contribute|support|give)|"
    r"consider (?:making a |a )?(?:contribution|donation|donating|contributing|supporting|subscribing)|"
    r"(?:make|making) a (?:\w+ )?(?:contribution|donation|gift) (?:to|today|now)|"
    r"help us (?:keep|continue|fund|do|make|produce|stay)|support (?:us|our (?:work|journalism|newsroom|reporting)))\b",
    _FLAGS,
)


_JOURNALISM = re.compile(
    r"\b(?:journalism|journalists|newsroom|reporting|Journalismus|journalisme|periodismo|giornalismo|jornalismo)\b",
    _FLAGS,
)


def reads_as_appeal(text: str) -> bool:
    """A paragraph or sentence in the publisher's voice about its journalism that asks the reader for
    money or support ("Financial contributions from our readers ... Please consider making a
    contribution to Vox today to help us keep our work free for all."), not a report of one nor
    advice to the reader ("You can donate it, sell it at a yard sale ...")."""
    if not speaks_to_reader(text):
        return False
    unquoted = _QUOTED.sub(" ", text)
    return (
        _JOURNALISM.search(unquoted) is not None
        and _APPEAL_ASK.search(unquoted) is not None
        and _REPORTING.search(text) is None  # "the editor said readers should help us keep ...": a report
    )


# The word for journalism in more languages (Malay, Icelandic, Welsh, Basque, Albanian, Mongolian, Georgian,
# Armenian, Afrikaans, Hausa, Zulu, Bengali, Urdu, Swahili): stems of the appeal's rule and parts of the words
# that let a notice's rules run (:data:`_NOTICE_PARTS`)
_MORE_JOURNALISM_STEMS = (
    "kewartawanan", "blaðamennsk", "newyddiaduraeth", "kazetaritza", "gazetari", "сэтгүүл зүй", "ჟურნალისტიკ",
    "լրագրությ", "joernalistiek", "aikin jarida", "ubuntatheli", "সাংবাদিকতা", "صحافت", "uandishi huru wa habari",
)  # fmt: skip
# The word for journalism in many languages, as the start of its forms ("žurnalistiku", "újságírást",
# "журналістику"): a paragraph that names it may be an appeal for it.
_JOURNALISM_STEMS = (
    "journalis", "periodis", "giornalis", "jornalis", "dziennikarstw", "žurnalisti", "novinařin", "novinarstv",
    "новинарств", "újságírás", "jurnalis", "журналист", "журналіст", "žurnālist", "ajakirjandus", "gazetecili",
    "δημοσιογραφ", "báo chí", "الصحاف", "صحافة", "روزنامه‌نگاری", "روزنامه نگاری", "עיתונות", "पत्रकारिता",
    "ジャーナリズム", "저널리즘", "uandishi wa habari", "pamamahayag", *_MORE_JOURNALISM_STEMS,
)  # fmt: skip
_JOURNALISM_STEM = re.compile("|".join(map(re.escape, _JOURNALISM_STEMS)))  # (searched in lower case)
# What an appeal asks of the reader, in the forms that speak to them: imperatives ("Paremkite", "Fes-te
# subscriptor", "Támogass minket", "staňte sa predplatiteľom", "Підтримайте"), "if you want to support"
# ("Ak chcete podporiť"), "your contribution" ("Tu aporte", "Ваш внесок"). Not the nouns and statements a
# report on the press uses ("stöd till lokaljournalistiken", "támogatást kap", "el aporte del Estado").
_APPEAL_ASKS = re.compile(
    r"(?<!\w)(?:"
    r"apóyanos|apoyá\b|suscr[ií]b(?:ete|ite)|hazte (?:socio|miembro|suscriptor)|tu (?:aporte|apoyo|contribución|"
    r"donación)|colabora con nosotros|"
    r"fes-te (?:subscriptor|soci|mecenes)|subscriu-te|ajuda'ns|ajuda’ns|el teu suport|"
    r"a sua contribuição|sua contribuição|sostienici|il tuo (?:sostegno|contributo)|"
    r"soutenez|abonnez-vous|faites un don|votre (?:soutien|don)\b|"
    r"unterstützen sie|unterstütze uns|abonnieren sie|spenden sie|ihre unterstützung|"
    r"steun ons\b|word (?:lid|abonnee)|"
    r"wesprzyj|wspieraj|zostań (?:patronem|subskrybentem|prenumeratorem)|twoje wsparcie|"
    r"podpořte|předplaťte|podporte\b|(?:ak|pokud) chcete podpo|staňte se|staňte sa|vaš[ea]? podpor|"
    r"támogass|támogasd|támogassa|fizess elő|legyél a támogatónk|"
    r"susțineți|sprijiniți|abonează-te|"
    r"поддержите|подпишитесь|ваша поддержка|підтримайте|підпишіться|ваш внесок|ваша підтримка|"
    r"подкрепете|абонирайте се|"
    r"paremkite|prenumeruokite|atbalstiet|toetage|"
    r"stöd oss|bli (?:prenumerant|medlem)|støt os|støtt oss|bliv (?:abonnent|medlem)|tue meitä|"
    r"destek olun|abone olun|bağış yap|"
    r"στηρίξτε|υποστηρίξτε|dukunglah|"
    r"hãy ủng hộ|ủng hộ chúng tôi|"
    r"ادعمنا|ادعموا|اشترك الآن|تبرع الآن|حمایت کنید|از ما حمایت|תמכו|הצטרפו|"
    r"समर्थन करें|सहयोग करें|"
    r"支援して|応援して|후원해|후원하기|"
    r"tuunge mkono|suportahan|mag-subscribe|"
    r"подржите|поддржете|донирајте|সমর্থন করুন|حمایت کریں|saidia|styrktu|cefnogwch|lagundu|mbështetni|"
    r"қолдаңыз|дэмжээрэй|მხარი დაუჭირეთ|աջակցեք|dəstəkləyin|qo[‘'ʻ]llab-quvvatlang|ondersteun ons|goyi bayan|sekela"
    r")|"
    # forms that are also a statement's ("La fundación apoya el periodismo", "abbonati" are subscribers, "steun"
    # is support, "tilaa" orders): the ask only where a sentence opens with them
    r"(?:^|[.!?;:–—…])\s*\W{0,3}(?:"
    r"apoya|apoie|assine|contribua|sostieni|abbonati (?:a|al|alla|ora|subito|da|per)|steun onze|doneer|susține|"
    r"donează|atbalsti|abonē|toeta|telli|tilaa|dukung|sokong|ادعم|اشترك|تبرع|unga mkono"
    r")\b",
    _FLAGS,
)


def publisher_appeal(text: str) -> bool:
    """An appeal for the publisher's journalism in any of many languages: a paragraph of
    ``APPEAL_WORDS`` words at most that names journalism and asks the reader for support in a form that
    speaks to them ("Jums svarbi nepriklausoma regiono žurnalistika? Paremkite „Kauno žinias“ ...",
    "El periodisme local necessita lectors compromesos. Fes-te subscriptor ..."), outside quotations,
    not reported speech."""
    if len(text) < APPEAL_CHARS or _JOURNALISM_STEM.search(lower(text)) is None:
        return False
    if len(text.split(maxsplit=APPEAL_WORDS)) > APPEAL_WORDS:
        return False
    unquoted = _QUOTED.sub(" ", text)
    found = _APPEAL_ASKS.search(unquoted)
    return found is not None and not _in_opening_quotation(text, found.start()) and _REPORTING.search(text) is None


APPEAL_WORDS = 70  # an appeal for the publisher's journalism: a few sentences, this many words at most
APPEAL_CHARS = 30  # ... and this many characters at least (it names journalism and asks)


# A paywall's notice in many languages: subscribers or a subscription named with a login ("Ten artykuł
# przeczytasz z aktywną subskrypcją rp.pl. Zaloguj się lub wykup dostęp.", "Sudah melanggan? Log masuk") or
# with an article that is theirs only ("Эта статья доступна только подписчикам."), or the first month's price
# ("Le premier mois à 1 €, sans engagement.", "Prvý mesiac za 1 €.").
_SUBSCRIBERS = re.compile(
    r"subscri|subskryp|subskryb|abonn|abonent|abonați|abonat|suscript|assinant|assinatura|předplat|predplat|"
    r"előfizet|подписчик|подписк|передплат|prenumer|tilaaj|abone|مشترك|اشتراك|melanggan|pelanggan|συνδρομ",
)
_LOGIN = re.compile(
    r"zaloguj|přihlas|prihlás|bejelentkez|autentific|conecteaz|войти|войдите|увійти|увійдіть|"
    r"logga in|kirjaudu|giriş yap|تسجيل الدخول|log masuk|đăng nhập|συνδεθ|inicia sesión|einloggen|"
    r"connectez|se connecter|accedi|faça login|inloggen|log ind|logg inn",  # (English has its own rule)
)
_ONLY_ARTICLE = re.compile(
    r"(?=.*(?:only|exclusive|exclusiv|réservé|reservad|riservat|nur für|alleen|tylko|pouze|iba|csak|doar|только|"
    r"лише|лишь|endast|kun|vain|sadece|فقط|khusus|chỉ|dành cho|μόνο|solo|sólo|somente|apenas|seulement))"
    r"(?=.*(?:article|artícul|articol|artigo|artikel|artykuł|článek|článok|cikk|статья|статт|статия|haber|"
    r"المقال|bài viết|άρθρο|contenu|contenido|conteúdo|contenuto|inhalt|content|story|reportage|sisältö|içerik))",
    re.DOTALL,
)  # (these are searched in the lowered text: a case-insensitive search of such alternatives costs several times more)
_FIRST_MONTH = re.compile(
    r"(?:first month|premier mois|primer mes|primo mese|erste[nr]? monat|pierwszy miesiąc|první měsíc|prvý mesiac|"
    r"első hónap|prima lună|primul lună|первый месяц|перший місяць|första månaden|første måned|ensimmäinen kuukausi|"
    r"ilk ay|الشهر الأول|bulan pertama|tháng đầu|πρώτο μήνα|eerste maand)\W{0,3}"
    r"(?:(?:for|at|à|a|al|por|per|za|за|för|für|um|voor|için|på|til|seharga|chỉ)\s+)?(?:just |only |seulement |"
    r"solo |nur |tylko |jen |len |csak |doar |только |лише |bara |vain |sadece )?(?:\d|€|\$|£)",
)
# What an appeal or a paywall's notice holds, one of them at least, as parts of words in lower case (of the
# words :data:`_JOURNALISM_STEMS` and :data:`_SUBSCRIBERS` read): looked for first, by plain substring tests,
# which cost a fraction of a search through those patterns on every line
_NOTICE_PARTS = (
    "nalis", "nālist", "periodis", "dziennikar", "novinař", "novinarstv", "ajakirjand", "gazeteci", "báo chí",
    "uandishi", "pamamahay", "subs", "abon", "suscri", "assina", "předplat", "predplat", "előfizet", "prenumer",
    "tilaaj", "langgan", "новинар", "újságír", "налист", "наліст", "δημοσιογρ", "صحاف", "روزنامه", "עיתונ",
    "पत्रकार", "ジャーナリズム", "저널리즘", "подпис", "передплат", "مشترك", "اشتراك", "συνδρομ",
    *_MORE_JOURNALISM_STEMS,
)  # fmt: skip
_ASCII_NOTICE_PARTS = tuple(part for part in _NOTICE_PARTS if part.isascii())
# ... or, in a short line, a month (a first month's price: "Le premier mois à 1 €, sans engagement.")
_MONTHS = (
    "month", "mois", "mes", "monat", "miesiąc", "měsíc", "mesiac", "hónap", "lună", "месяц", "місяць", "månad",
    "måned", "kuukausi", "ilk ay", "الشهر", "bulan", "tháng", "μήνα", "maand",
)  # fmt: skip
MONTH_OFFER_CHARS = 80


def _notice_candidate(text: str) -> bool:
    """Whether ``text`` may be an appeal (:func:`publisher_appeal`) or a paywall's notice
    (:func:`paywall_notice`): short enough, and holding a part of their words."""
    if len(text) < NOTICE_CHARS or not NOTICE_SPACES <= text.count(" ") <= APPEAL_WORDS:
        return False
    return notice_parts(text)


NOTICE_SPACES = 2  # an appeal or a paywall's notice has three words at least ("Sudah melanggan? Log masuk")


@lru_cache(maxsize=4096)  # asked of a paragraph by the rules and, for its sentences, by the cleaner
def notice_parts(text: str, any_length: bool = False) -> bool:
    """Whether ``text`` holds a part of an appeal's or a paywall's words (:data:`_NOTICE_PARTS`; a month in a
    short text, or in any with ``any_length``). A sentence holds one only where its paragraph does."""
    lowered = lower(text)
    if any(map(lowered.__contains__, _ASCII_NOTICE_PARTS if text.isascii() else _NOTICE_PARTS)):  # (no generator)
        return True
    return (any_length or len(text) <= MONTH_OFFER_CHARS) and any(map(lowered.__contains__, _MONTHS))


NOTICE_CHARS = 12  # the shortest appeal or paywall's notice
PAYWALL_CHARS = 200  # a paywall's notice is a line or two
PAYWALL_WORDS = 25


def paywall_notice(text: str) -> bool:
    """A paywall's notice (:data:`_SUBSCRIBERS`, :data:`_LOGIN`, :data:`_ONLY_ARTICLE`, :data:`_FIRST_MONTH`)
    in a line of ``PAYWALL_WORDS`` words at most, not reported speech."""
    if word_count(text) > PAYWALL_WORDS:
        return False
    lowered = lower(text)
    subscribers = _SUBSCRIBERS.search(lowered) is not None
    found = (subscribers and (_LOGIN.search(lowered) is not None or _ONLY_ARTICLE.match(lowered) is not None)) or (
        _FIRST_MONTH.search(lowered) is not None
    )
    return found and _REPORTING.search(text) is None


# A byline that names the newsroom, a desk or a team, no person ("Redacción Regiones", "La rédaction", "Haber
# Merkezi", "سرویس اقتصادی", "ทีมข่าวภูมิภาค", "নিজস্ব প্রতিবেদক, ঢাকা", "Web Desk"): a section's or a place's name
# after it at most
_DESK_BYLINE = re.compile(
    r"^\W*(?:by\s+)?(?:la |die |de |el |il |o |a |tim |the |(?-i:[A-Z]{2,6}) )?"
    r"(?:redacci[oó]n|redacció|redação|redazione|rédaction|"
    r"redaktion|redactie|redakcja|redakce|redakcia|redakcija|redacția|szerkesztőség|редакция|редакція|редакција|"
    r"uredništvo|уредништво|toimitus|redaktionen|redaksjonen|redaksi|haber merkezi|"
    r"(?:spor|haber|ekonomi|dış haberler|politika|gündem) servisi|news ?desk|web ?desk|"
    r"news service|newsroom|staff (?:reporter|writer|correspondent)s?|(?:our|own) correspondents?|"
    r"سرویس|گروه (?:سیاسی|اقتصادی|اجتماعی|فرهنگی|ورزشی|بین‌الملل|خبری|جامعه)|ทีมข่าว\S*|নিজস্ব প্রতিবেদক|"
    r"न्यूज़? डेस्क|निज संवाददाता|編集部|编辑部|편집국|온라인뉴스팀|tòa soạn|ban biên tập|nhóm phóng viên)"
    r"(?:[\s,|/–-]+[^\s\d.!?]+){0,4}\W*$",
    _FLAGS,
)
DESK_BYLINE_CHARS = 60


def desk_byline(line: str) -> bool:
    """Whether ``line`` is a byline that names a newsroom, a desk or a team, no person (:data:`_DESK_BYLINE`)."""
    return _DESK_BYLINE.match(line) is not None


def paywall_part(sentence: str) -> bool:
    """Whether a sentence of a :func:`paywall_notice` is part of it: it names subscribers or a subscription,
    a login or the first month's price."""
    lowered = lower(sentence)
    return any(pattern.search(lowered) is not None for pattern in (_SUBSCRIBERS, _LOGIN, _FIRST_MONTH))


def appeal_part(sentence: str) -> bool:
    """Whether a sentence of a :func:`publisher_appeal` is part of it: it names journalism, asks the reader
    for support, or speaks to them."""
    return (
        _JOURNALISM_STEM.search(lower(sentence)) is not None
        or _APPEAL_ASKS.search(sentence) is not None
        or speaks_to_reader(sentence)
    )


def is_appeal_like(text: str) -> bool:
    """A paragraph in the publisher's voice about its journalism and its readers: part of an appeal
    when it stands beside one."""
    unquoted = _QUOTED.sub(" ", text)
    return speaks_to_reader(text) and len(_APPEAL_WORDS.findall(unquoted)) >= 1


@lru_cache(maxsize=4096)
def is_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: its last character that is not whitespace or a control
    character is a stop (:data:`_SENTENCE_STOPS`, with the Devanagari, Arabic, Urdu, Burmese and Khmer
    ones), a colon, a closing quote or bracket; or, in a long text, a Thai or Lao letter."""
    bare = text.rstrip(_TRAILING)
    if not bare:
        return False
    last = bare[-1]
    if last in _CLOSING_MARKS:  # the quote or bracket that closes a sentence: „Das reicht.“, (…»).«
        last = bare.rstrip(_CLOSING_MARKS)[-1:] or last
        return last in _STOPS_BEFORE_CLOSING
    return last in _SENTENCE_STOPS or (len(text) >= UNPUNCTUATED_SENTENCE_CHARS and "\u0e00" <= last <= "\u0eff")


def quote_unstopped(text: str) -> bool:
    """Whether ``text`` ends with a closing quote right after a word, no stop before it: a headline that
    quotes ("De Lijn schrapt 1.200 haltes: \"Voor sommige dorpen is er niets meer\"", "« Nous pourrions
    détecter de l'eau »"), which :func:`is_sentence` reads as a sentence's end; a story's quotation closes
    after its stop ("... zegt hij. \"We gaan door.\"")."""
    bare = text.rstrip(_TRAILING)
    if not bare or bare[-1] not in _QUOTE_ENDS:
        return False
    inner = bare.rstrip(_QUOTE_ENDS + " \u00a0\u202f")
    # one sentence: a paragraph of the story may close on a quoted phrase after its first sentence ("The council
    # voted on Monday. Fishermen called it \"long overdue\"")
    return inner[-1:].isalnum() and _STOP_INSIDE.search(inner) is None


_QUOTE_ENDS = "\"'”’»“«"
_STOP_INSIDE = re.compile(r"[.!?…。！？]\s")


def ends_with_stop(text: str) -> bool:
    """Whether the last character of ``text`` that is not whitespace is a stop :func:`is_sentence` reads."""
    bare = text.rstrip(_TRAILING)
    return bool(bare) and bare[-1] in _SENTENCE_STOPS


# What may follow the end of a sentence: whitespace (what ``\s`` matches) and control characters.
_TRAILING = "".join(chr(code) for code in range(0x3001) if chr(code).isspace() or code < 0x20 or code == 0x7F)
_SENTENCE_STOPS = frozenset(".!?…。！？:;\"'”’»)।॥؟۔။។")
# Quotes and brackets that close a sentence after its stop only (German, Czech, Hebrew close quotes with
# "“": „Das reicht.“; Danish and Swedish with "«": »Det holder.«; Japanese with "」")
_CLOSING_MARKS = "“‘«」』）］"
_STOPS_BEFORE_CLOSING = frozenset(".!?…。！？\"'”’»)।؟۔")


# Scripts written without spaces between words: Chinese and Japanese (about two characters a word),
# Thai, Lao, Khmer and Burmese (about five).
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def is_dense(text: str) -> bool:
    """Whether ``text`` holds Chinese or Japanese characters (a script written without spaces)."""
    return _DENSE.search(text) is not None


def is_unspaced(text: str) -> bool:
    """Whether ``text`` holds Thai, Lao, Burmese or Khmer letters (scripts written without spaces between words)."""
    return _UNSPACED.search(text) is not None


def forget() -> None:
    """Empty the caches of :func:`word_count`, :func:`is_sentence`, :func:`lowered_words` and
    :func:`notice_parts`, which the rules, the features and the blocks ask of the same paragraphs:
    cleaning keeps them for one record at a time, so that a timed run over the same records twice is
    not faster the second time."""
    word_count.cache_clear()
    is_sentence.cache_clear()
    lowered_words.cache_clear()
    notice_parts.cache_clear()


@lru_cache(maxsize=4096)  # asked of the same paragraphs by the rules, the features and the blocks
def word_count(text: str) -> int:
    """Words of ``text``: whitespace-separated tokens, and for scripts written without spaces an
    estimate from their characters, so that a Chinese paragraph does not count as one word."""
    words = len(text.split())
    if text.isascii():
        return words
    dense = len(_DENSE.findall(text))
    unspaced = len(_UNSPACED.findall(text))
    return words + dense // 2 + unspaced // 5 if dense or unspaced else words


COUNTER_CHARS = 30  # a count of views, comments or minutes beside a story's buttons is this short


def is_counter(line: str) -> bool:
    """A short line with a figure: a count beside the share buttons or the date ("Comments (3)", "4 min read",
    "1 243 просмотра")."""
    return len(line) <= COUNTER_CHARS and any(char.isdigit() for char in line)


def is_short_label(text: str) -> bool:
    """A menu item, a section label, a headline of another story: a few words, no sentence."""
    return word_count(text) <= LABEL_WORDS and not is_sentence(text)
