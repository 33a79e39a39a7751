## Shared by every flow and adapter.

common-none = няма
common-done = Готово ➜
common-continue = Напред ➜

nav-back = ◀ Назад
nav-menu = ☰ Меню
nav-exit = ✖ Бърз изход

notice-stale = Този бутон вече не е актуален. Ето къде сте сега.
notice-use-buttons = Моля, използвайте бутоните по-долу.
notice-restarted = Разговорът беше започнат отначало. Ето менюто.

exit-done = Готово: разговорът е изтрит и нищо не е запазено.

checklist-item = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $n }. { $how ->
        [observe] 👁
       *[listen] 👂
    } { $text }
checklist-button = { $ticked ->
        [yes] ☑
       *[no] ☐
    } { $n } { $how ->
        [observe] 👁
       *[listen] 👂
    }

marks-line = { $n }. { $row }: { $mark ->
        [0] 0 няма признаци
        [1] 1 има признаци
        [2] 2 има доказателства
       *[3] 3 нужна е още информация
    }
marks-button = { $current ->
        [yes] ●{ $n }: { $mark }
       *[no] { $n }: { $mark }
    }

groups-button = { $current ->
        [yes] ▸
       *[no] {""}
    }{ $n } { $group ->
        [purpose] Експлоатация
        [recruitment] Набиране
        [transport] Превоз
        [harbouring] Подслоняване
        [threat] Заплаха
        [violence] Насилие
        [movement] Движение
        [isolation] Изолация
        [documents] Документи
        [wages] Заплащане
        [deception] Заблуда
        [vulnerability] Уязвимост
       *[debt] Дълг
    }{ $count ->
        [0] {""}
       *[other] {" ☑"}{ $count }
    }

## same-as-english: groups-line
groups-line = { $n }. { $group }{ $count ->
        [0] {""}
       *[other] {" · ☑ "}{ $count }
    }

