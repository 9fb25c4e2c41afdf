# Hagukumi — zh-Hans, backup.ftl: a draft translation, NOT yet reviewed by a fluent reader (the picker marks it unreviewed).
# Never lose the handbook: recovery code, recovery sheet, backups and moving

## The recovery sheet (the printed page)

recovery-sheet-title = Hagukumi 恢复单
recovery-sheet-made = 创建日期：{ $date }
recovery-sheet-family = 本手册：{ $names }
recovery-sheet-qr-label = 恢复码的二维码
recovery-sheet-what-title = 这是什么？
recovery-sheet-what = 这是本手册的恢复码。换手机、丢失手机或密钥被清除时，有了这个恢复码就能在其他设备上打开手册。从备份恢复时也要用到。
recovery-sheet-keep-title = 保管方法
recovery-sheet-keep-paper = 请打印或抄写在纸上，与母子手册、保险证复印件等重要文件放在一起保管。
recovery-sheet-keep-no-photo = 请不要在同一部手机上以照片或备忘的形式保存。手机丢失时，恢复码也会一起丢失。
recovery-sheet-keep-secret = 有了这个恢复码就能读取手册。请不要给家人以外的人看。
recovery-sheet-use-title = 使用时
recovery-sheet-use-open = 在新设备上打开 Hagukumi，选择“我有恢复码”或“从备份恢复”。
recovery-sheet-use-type = 输入此恢复码（大小写、有无连字符均可）。

## A new handbook's recovery code (shown once)

recovery-new-title = 请记下恢复码
recovery-new-body = 这是在换手机或丢失手机时打开本手册的恢复码。请抄写在纸上或打印恢复单，与重要文件放在一起保管。请不要在同一部手机上以照片形式保存。
recovery-new-sheet = 打开恢复单（打印）
recovery-new-confirm = 已记下 / 已打印
recovery-new-restore = 从其他设备迁移（从备份恢复）

## The first screen when the key is missing

recovery-start-title = 此设备上没有手册的密钥
recovery-start-body = 手册的数据在这里，但此设备上找不到打开它的密钥（例如换机或钥匙串被重置之后）。有恢复码就能打开。数据未作任何更改。
recovery-start-code-title = 我有恢复码
recovery-code-field = 恢复码
recovery-code-hint = 恢复单上的28个字符（每组4个，共7组）。连字符和大小写均可。
recovery-start-open = 打开手册
recovery-start-opening = 正在确认…
recovery-start-restore-title = 从备份文件恢复
recovery-opened = 已打开手册。新的密钥已保存在此设备上。

## The backup and moving screen

backups-card-title = 备份与迁移
backups-card-intro = 为换手机或丢失手机做好准备，保护您的手册。
backups-card-last = 上次备份：{ $when }
backups-card-never = 还没有备份
backups-card-open = 备份与迁移
backups-title = 备份与迁移
backups-help-title = 原理（简要说明）
backups-help-key = 手册的数据经过加密，只保存在这部手机里。打开它的密钥在操作系统的密钥存储（钥匙串）中。不会向 Hagukumi 的任何服务器发送数据。
backups-help-code = 恢复码是密钥丢失时的备用钥匙，在创建手册时显示。只要记在纸上，在其他设备上也能打开手册。
backups-help-backup = 备份是把整本手册加密后的一个文件。没有恢复码就打不开，所以放在云盘上内容也不会被读取。
backups-help-move = 换机方法：在旧手机上创建备份，把文件转移到新手机（通过云盘或电脑等）。在新手机上打开 Hagukumi，在“从备份恢复”中输入文件和恢复码。
backups-now-title = 立即备份
backups-file-field = 保存的文件
backups-file-hint = 例：/home/hanako/hagukumi-2026-12-03.hagukumi-backup（请指定新的文件名）
backups-now-submit = 创建备份
backups-working = 正在创建…
backups-written = 备份已保存：{ $file }（{ $size }）
backups-size-kb = { $kb } KB
backups-auto-title = 自动备份
backups-auto-intro = 每天一次在您选择的文件夹中创建备份。选择与您自己的云盘同步的文件夹，即使丢失手机也能放心。文件夹中只会放加密的文件。
backups-folder-field = 文件夹
backups-folder-hint = 例：/home/hanako/Dropbox/hagukumi（留空则停止自动备份）
backups-keep-field = 保留数量
backups-keep-hint = 从最新的开始保留这个数量，较旧的会被删除（1–{ $max }）
backups-auto-save = 保存设置
backups-auto-saved = 已保存自动备份设置
backups-auto-off = 自动备份已停止
backups-auto-on = 保存到 { $folder }，保留最新的{ $keep }个
backups-auto-last = 上次自动备份：{ $when }
backups-auto-never = 尚未创建自动备份
backups-auto-problem = 上次自动备份失败：{ $problem }
backups-restore-title = 从备份恢复
backups-restore-body = 先检查整个备份文件，再替换当前的手册。检查期间或失败时，当前的手册保持原样。
backups-restore-file = 备份文件
backups-restore-file-hint = 例：/home/hanako/Dropbox/hagukumi/hagukumi-2026-12-03.hagukumi-backup
backups-restore-submit = 恢复
backups-restore-working = 正在检查文件…
backups-restored = 已恢复。手册现在是备份中的内容。
backups-code-title = 恢复码
backups-code-body = 如果恢复单丢失了，可以在这里重新显示和打印。
backups-code-show = 显示恢复码
backups-code-confirm = 请确认周围没有人在看。要显示恢复码吗？
backups-code-confirm-yes = 显示
backups-code-cancel = 取消
backups-code-hide = 隐藏
backups-sheet-open = 打开恢复单
backups-sheet-print = 打印
backups-sheet-close = 关闭
backups-setting-problem-folder-required = 请输入文件夹
backups-setting-problem-folder-relative = 请以完整路径输入文件夹（例：/home/… 或 C:\…）
backups-setting-problem-folder-missing = 找不到此文件夹。请先创建文件夹
backups-setting-problem-keep = 保留数量请输入1–60的数字
backups-file-required = 请输入文件的位置
error-no-recovery-code = 此手册还没有恢复码。重启应用后会生成

## hagu recovery-sheet

cli-recovery-sheet-about = 以供打印的 HTML 输出恢复单（恢复码及其二维码、保管方法）
cli-recovery-sheet-output-help = 写入此文件而不是标准输出（新文件，仅本人可读）
cli-recovery-sheet-written = 已输出恢复单。打印后请删除此文件。

## The first screen when only an earlier handbook's key is left

elsewhere-title = 这里没有手册
elsewhere-body = 以前在这里的手册的密钥仍留在此设备上（例如移动了手册文件夹或重装了应用）。如果有手册的备份，可以恢复到这里。
elsewhere-new-title = 开始新的手册
elsewhere-new-body = 没有备份、想重新开始时请选这里。以前手册的密钥会保留，不会删除。
elsewhere-new-confirm = 将创建一本新的空手册。以前的手册将无法再从此画面打开。确定吗？
elsewhere-new-yes = 创建新手册
