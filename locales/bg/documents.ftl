## Documents: the annex 1 summary as a PDF and the card with contacts to hand over.
## PDF and card are drawn with a font that has no emoji: keep emoji to the buttons.

document-pdf-button = 📄 Приложение 1 – обобщение (PDF)
document-card-button = 🪪 Картичка за връчване
document-pdf-only-in-telegram = 📄 Обобщението по приложение 1 се изпраща като PDF само в Telegram.
document-card-only-in-telegram = 🪪 Картичката с контакти се изпраща като изображение само в Telegram.

document-title = Приложение 1 — обобщение на идентифициране на първа линия
document-subtitle = Практическо ръководство EuroTrafGuid: идентифициране на първа линия на възможни жертви на трафик на хора с цел сексуална експлоатация.
document-date = Дата: { $date }
document-country = Държава: { $country }
document-outcome = Резултат
document-table = 15-те реда на приложение 1
document-element-act = ДЕЙСТВИЕ
document-element-means = СРЕДСТВО
document-element-purpose = ЦЕЛ
document-mark = { $mark ->
        [0] 0 · няма признаци
        [1] 1 · има признаци
        [2] 2 · има доказателства
       *[3] 3 · нужна е още информация
    }
document-signals = Отбелязани признаци
document-signals-none = Не е отбелязан нито един признак.
document-how = { $how ->
        [observe] наблюдавано
       *[listen] чуто
    }
document-contacts = Контакти
document-contacts-none = Няма контакти за този резултат в избраната държава. При спешен случай се обадете на 112.
document-disclaimer = Признаците може да сочат трафик на хора; това обобщение не установява, че някой е жертва.
document-privacy = Това обобщение не съдържа имена, дата, по-точна от деня, нито нещо, въведено от когото и да било.

card-title = Можете да получите помощ
card-intro = Тези организации могат да помогнат. При спешен случай се обадете на 112.
card-scan = Сканирайте кода, за да отворите тези контакти в Telegram.

## Какво казва обобщението, когато части от процедурата са пропуснати.
document-not-assessed = – · не е оценено
document-skipped = Не е направено по пътя към този резултат
document-skipped-checklist = { $part ->
        [some] Наблюдение и изслушване: част от групите индикатори не са прегледани.
       *[all] Наблюдение и изслушване: списъкът с индикатори не е прегледан.
    }
document-skipped-marks = Таблицата от приложение 1 не е попълнена: ред с „не е оценено“ не е разгледан и не казва нищо за това дали има признаци.
document-skipped-why-child = Защо: лицето се приема за дете и има основание да се подозира експлоатация; според ръководството в такъв случай незабавно се търси службата за закрила на детето.
document-skipped-why-no-interpreter = Защо: нямаше преводач, приемлив и за двете страни, затова разговор не се състоя.
document-skipped-why-refused = Защо: лицето не искаше да разговаря.
document-on-row = отбелязано на реда „{ $row }“
