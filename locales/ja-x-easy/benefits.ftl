# Hagukumi — ja-x-easy, benefits.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
## Benefit applications and their state (018サポート, 赤ちゃんファースト, 児童手当, …)

benefits-title = おかねの しえん（給付）の しんせいと ようす
benefits-open = しんせいと ようすを みる
benefits-back = もどる
benefits-none = まだ しんせいは ありません。したの「まとめて しんせい」か「じぶんで きろく」から はじめられます。
benefits-list-heading = しんせい
benefits-next-payment-heading = つぎに おかねが でる ひ
benefits-no-payment = きまって いる しきゅうは まだ ありません。
benefit-state-not-applied = まだ しんせい して いない（未申請）
benefit-state-applied = しんせい した（申請済み）
benefit-state-approved = きまった（決定）
benefit-state-paid = おかねが でた（支給済み）
benefit-state-needs-action = する ことが ある（要対応）
benefit-source-official = こうしき
benefit-source-tracked = じぶんで きろく
benefit-source-registry = うけられる せいど
benefit-portal-status = まどぐちの ようす：{ $status }
benefit-applied-on = しんせい した ひ { $date }
benefit-deadline = きげん { $date }（あと { $days }にち）
benefit-deadline-passed = きげん { $date }（すぎて います）
benefit-amount = { $yen }えん
benefit-next-payment = { $date }に { $yen }えん
benefit-next-payment-of = つぎの しきゅう：{ $program } { $date }に { $yen }えん
benefit-delete = けす
benefit-reminder-title = { $who }の きげんが ちかく なりました
benefit-reminder-body = { $who }の きげんは { $date }です（あと { $days }にち）。しんせいや ひつような てつづきを して ください。
benefit-error-already-pending = おくるのを まって いる しんせいが あります。つうしん できるように なると じどうで おくります。もう いちど しんせい しなくて だいじょうぶ です。
benefit-error-refused = ポータルが この しんせいを うけつけませんでした。こどもの なまえと うまれた ひを たしかめて、もう いちど しんせい するか、しくちょうそんの まどぐちに といあわせて ください。
benefit-error-no-children = てちょうに こどもが とうろく されて いません。さきに ホームの「こどもを ついか」から とうろく して ください。
benefit-no-such-application = その きろくは みつかりません。`hagu benefits` で ばんごうを たしかめて ください。

once-only-title = 018サポート・赤ちゃんファーストを まとめて しんせい
once-only-intro = てちょうの こどもの じょうほうを もう いれて あります。ないようを たしかめて おくって ください。マイナンバーは いれません。
once-only-programs = しんせい する せいど：018サポート（こども 1人に つき 1かげつ 5,000えん）と 赤ちゃんファースト（2025年4月1日より あとに うまれた こども、10まんえんぶんの ギフトポイント）。うけられるか どうかは ポータルが きめます。
once-only-child = { $name }（{ $date }うまれ）
once-only-confirm = うえの ないようで しんせい します（たしかめました）
once-only-confirm-needed = おくる まえに、ないようを たしかめて「たしかめました」に チェックを いれて ください
once-only-send = しんせいを おくる
once-only-queued = しんせいを うけつけました。ポータルに おくって います。
once-only-sent = しんせいを ポータルに おくりました。ようすは この がめんに でます。
once-only-not-connected = ポータルに つながって いないので、しんせいは おくるのを まって います。ホームの「こうしき データ」から ポータルに つなぐと おくられます。
submission-pending = おくるのを まって いる：{ $children }
submission-pending-problem = おくるのを まって いる：{ $children }（{ $problem } つうしん できるように なったら じどうで おくります）
submission-sent = おくった・ようすを しらべて いる：{ $children }
submission-refused = うけつけられませんでした：{ $children }

track-title = しんせいを じぶんで きろく
track-intro = まどぐちや ゆうびんで しんせい した きゅうふも、ここで ようす・きげん・つぎの しきゅうを きろく できます。
track-save = きろく する
track-saved = きろく しました

## hagu benefits
cli-benefits-about = きゅうふの しんせいと ようすを みせます（018サポート・赤ちゃんファーストの まとめて しんせい、じぶんで きろく した しんせい）
cli-benefits-json-help = JSON で だします（スクリプト よう）
cli-benefits-apply-about = 018サポートと 赤ちゃんファーストを まとめて しんせい します（おくるのを まつ リストに いれて、`hagu sync` で おくります）。マイナンバーは つかいません
cli-benefits-guardian-help = おや（保護者）の なまえ（1かい いれると、つぎからは かかなくて いいです）
cli-benefits-child-help = しんせい する こどもの ばんごう（なんかいでも かけます。かかないと てちょうの こども ぜんいん）
cli-benefits-track-about = まどぐちや ゆうびんで しんせい した きゅうふを じぶんで きろく します
cli-benefits-program-help = せいどの なまえ（れい：児童手当）
cli-benefits-state-help = ようす：not-applied（まだ しんせい して いない）、applied（しんせい した）、approved（きまった）、paid（おかねが でた）、needs-action（する ことが ある）
cli-benefits-applied-on-help = しんせい した ひ
cli-benefits-deadline-help = きげん（この ひの まえに おしらせ します）
cli-benefits-payment-date-help = つぎに おかねが でる ひ
cli-benefits-payment-yen-help = つぎに でる おかね（えん）
cli-benefits-note-help = メモ
cli-benefits-delete-about = じぶんで きろく した しんせいを けします
cli-benefits-id-help = きろくの ばんごう（`hagu benefits` の # の すうじ）
cli-benefits-deleted = けしました
cli-benefits-tracked = きろく しました（#{ $id }）
cli-benefits-queued = しんせいを おくるのを まつ リストに いれました（#{ $id }）。`hagu sync` で ポータルに おくります。
benefits-to-apply = まだ しんせい して いない きゅうふが { $count }こ あります
