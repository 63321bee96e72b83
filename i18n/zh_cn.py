"""Simplified Chinese for every English source text of the interface (used by fill_translations.py)."""

ZH: dict[str, str] = {
    # About, start-up
    "About Bureau Desk": "关于机关办公财务系统",
    "<p>Office and finance work of a county medical insurance bureau: approvals, seals, expenses, assets, supplies, travel, reception, vehicles and meetings.</p>":
        "<p>县级医疗保障局机关办公与财务管理：审批、印章、报销、资产、办公用品、差旅、接待、用车与会议。</p>",
    "<p>Database: {db}</p>": "<p>数据库：{db}</p>",
    "Bureau Desk": "机关办公财务系统",
    "No bureau yet": "尚未建立单位",
    "The database {url} has no bureau yet.\n\nCreate it first with:\ndesktop init --bureau-name NAME --bureau-code CODE\n\nor start with a demonstration bureau: desktop start --demo-if-empty":
        "数据库 {url} 中还没有单位。\n\n请先运行：\ndesktop init --bureau-name 单位名称 --bureau-code 单位代码\n\n"
        "或以演示单位启动：desktop start --demo-if-empty",
    # Common
    "Yes": "是", "No": "否", "Active": "启用", "Inactive": "停用", "Activate": "启用", "Deactivate": "停用",
    "Reactivate": "重新启用", "Refresh": "刷新", "Add": "添加", "Remove": "删除", "Name": "姓名", "Name:": "名称：",
    "Status": "状态", "Username": "用户名", "Username:": "用户名：", "Department": "部门", "Department:": "部门：",
    "Unit": "所属单位", "Unit:": "所属单位：", "(none)": "（无）", "Total": "合计", "Key": "键", "Value": "值",
    # Accounts
    "Locked until": "锁定至", "Failed sign-ins": "连续登录失败", "Must change password": "须修改密码",
    "Reset password": "重置密码", "Reset password…": "重置密码…",
    "New initial password for {username} (to be changed at next sign-in):": "为 {username} 设置新的初始密码（下次登录时须修改）：",
    "New account": "新建账户", "Person:": "人员：", "Initial password:": "初始密码：", "Create account": "创建账户",
    "Unlock": "解锁",
    # Approval actions
    "Approve": "同意", "Return for correction": "退回修改", "Reject": "不予批准", "Return": "退回",
    "<b>{serial}</b> {title}<br>{kind} · {amount} yuan · step: {step}": "<b>{serial}</b> {title}<br>{kind} · {amount} 元 · 当前环节：{step}",
    "(no record linked)": "（不关联记录）", "Agreed": "同意", "Opinion (required):": "意见（必填）：", "Opinion:": "意见：",
    "Reasons for returning (state them all at once)": "退回原因（一次性告知全部问题）",
    "Type one reason and press Add": "输入一条原因后点“添加”",
    "Collective decision record": "集体决策记录",
    "This step needs the minute of the collective decision that approved the item.": "本环节须关联集体决策（会议纪要）记录。",
    # Admin
    "Departments": "部门", "People and positions": "人员与岗位", "Accounts": "账户", "Rule preset": "规则预设",
    "Audit trail": "操作日志",
    "No.": "序号", "Time": "时间", "Who": "操作人", "Action": "操作", "Object": "对象", "Id": "编号", "Details": "详情",
    "The audit trail is intact: {n} entries checked.": "操作日志完整：已校验 {n} 条记录。",
    "The audit trail is BROKEN at entry {seq}: {reason}": "操作日志在第 {seq} 条处被破坏：{reason}",
    "Audit trail check": "操作日志校验", "Latest entries:": "最近条数：", "Verify the chain": "校验日志链",
    "Position": "岗位", "Label": "环节名称", "Level": "层级", "Scope": "范围",
    "If amount ≥": "金额 ≥", "If amount <": "金额 <", "If days >": "天数 >", "If days ≤": "天数 ≤",
    "If category in": "类别属于", "If category not in": "类别不属于",
    "Collective if amount ≥": "集体决策：金额 ≥", "Collective if category in": "集体决策：类别属于",
    "first review": "初审", "recheck": "复核", "review": "审核", "sign-off": "审定",
    "whole bureau": "全局", "document's department": "单据所属部门",
    "Rename department": "部门更名", "New name:": "新名称：", "Add department": "添加部门",
    "Show inactive departments": "显示已停用部门", "Rename…": "更名…",
    "(for department…)": "（所负责部门…）", "In service": "在职", "Left": "离职", "Job title": "职务",
    "Positions": "岗位", "Account": "账户", "Show people who have left": "显示离职人员", "Person": "人员信息",
    "Job title:": "职务：", "Full name:": "姓名：", "Add as new person": "新增人员", "Save changes": "保存修改",
    "Remove selected position": "取消所选岗位", "Assign": "任命",
    "Current preset: {code} {name}": "当前规则预设：{code} {name}", "Parameter": "参数", "Meaning (rule)": "含义（规则）", "New step": "新环节",
    "Switch rule preset": "切换规则预设",
    "Replace the bureau's parameters and approval chains with the shipped preset {code}? Documents already submitted keep the chain they were submitted with.":
        "用内置规则预设 {code} 替换本单位的参数和审批流程吗？已提交的单据仍按提交时的流程审批。",
    "Switch to shipped preset:": "切换到内置预设：", "Apply preset…": "应用预设…",
    "Parameters (thresholds)": "参数（限额）", "Save parameters": "保存参数", "Approval chain": "审批流程",
    "Document kind:": "单据类型：",
    'Conditions: leave empty for "always". Amounts may name a parameter as $name. Categories are separated by commas. A step with a collective condition passes only with a linked collective-decision record.':
        "条件留空表示“总是”。金额可写参数名，如 $collective_threshold；多个类别用逗号分隔。"
        "设有集体决策条件的环节，须关联集体决策记录才能通过。",
    "Add step": "添加环节", "Remove step": "删除环节", "Move up": "上移", "Move down": "下移", "Revert": "还原",
    "Save chain": "保存流程",
    # Password
    "You must choose a new password before you continue: at least 8 characters with letters, digits and a special character.":
        "继续使用前须设置新密码：至少 8 位，包含字母、数字和特殊字符。",
    "The two new passwords differ.": "两次输入的新密码不一致。", "Change password": "修改密码",
    "Please choose a new password: at least 8 characters with letters, digits and a special character.":
        "请设置新密码：至少 8 位，包含字母、数字和特殊字符。",
    "Current password:": "原密码：", "New password:": "新密码：", "Repeat new password:": "确认新密码：",
    # Documents
    "Serial": "编号", "(not yet numbered)": "（尚未编号）", "Kind": "类型", "State": "状态", "Purpose": "用途",
    "Amount": "金额", "yuan": "元", "Submitter": "经办人", "Days": "天数", "Category": "类别",
    "Collective decision": "集体决策", "Returned because": "退回原因", "#": "序", "Step": "环节",
    "▶ current": "▶ 当前", "done": "已完成", "When": "时间", "Opinion": "意见", "Reasons": "原因",
    "History": "审批记录", "No actions yet.": "尚无操作记录。", "Select a document to see its details.": "请选择一张单据查看详情。",
    "The chain is fixed when the document is submitted.": "提交后确定审批流程。",
    "Title": "事由", "Amount (yuan)": "金额（元）", "Current step": "当前环节", "Updated": "更新时间",
    "Submitted": "提交时间", "Documents: {n}": "共 {n} 张单据", "New…": "新建…", "Submit": "提交",
    "New document": "新建单据", "Kind:": "单据类型：", "Title:": "事由：", "Purpose:": "用途：",
    "Amount (yuan):": "金额（元）：", "Days:": "天数：", "Category:": "类别：", "Submit for approval now": "立即提交审批",
    "System administrators take no business approvals.": "系统管理员不办理业务审批。",
    "Documents waiting: {n}": "待办 {n} 件", "Nothing is waiting for you.": "暂无待办事项。",
    "Waiting for my approval": "待我审批", "Documents by kind and state": "单据统计（按类型和状态）",
    # Lock, sign-in, main window
    "Locked": "已锁定",
    "The screen was locked after a period without activity. {name} ({username}), enter your password to continue.":
        "长时间无操作，屏幕已锁定。{name}（{username}），请输入密码继续。",
    "Wrong password.": "密码错误。", "Screen locked": "屏幕已锁定", "Password:": "密码：", "Switch user": "切换用户",
    "Sign in — {app}": "登录 — {app}", "Sign in": "登录", "Please enter your username.": "请输入用户名。",
    "&Username:": "用户名(&U)：", "&Password:": "密码(&P)：",
    "Signed in: {name} ({username})": "当前用户：{name}（{username}）", "Positions: {positions}": "岗位：{positions}",
    "Password changed.": "密码已修改。", "&File": "文件(&F)", "&Help": "帮助(&H)", "Change &password…": "修改密码(&P)…",
    "&Lock screen": "锁定屏幕(&L)", "&Switch user": "切换用户(&S)", "&Quit": "退出(&Q)",
    "&About Bureau Desk": "关于本系统(&A)",
    "Not done": "未能办理", "The action was refused for the following reasons:": "未能办理，原因如下：",
    # Navigation
    "Home (to do)": "首页（待办）", "My documents": "我的单据", "Seals": "印章管理", "Expenses & vouchers": "报销与凭证",
    "Fixed assets": "固定资产", "Office supplies": "办公用品", "Travel": "差旅",
    "Reception · vehicles · meetings": "接待·用车·会议", "Reports": "报表", "System administration": "系统管理",
    # Document states, approval actions, positions (the services' codes, desktop/ui/messages.py)
    "Draft": "草稿", "In approval": "审批中", "Returned": "已退回", "Rejected": "不予批准", "Approved": "已批准",
    "Archived": "已归档", "Archive": "归档",
    "File an approved document (finance head, accountant or office head)": "将已批准的单据归档（财务负责人、会计或办公室主任办理）",
    "Director": "局长", "Deputy director in charge": "分管副局长", "Deputy director for finance": "分管财务副局长",
    "Centre director": "医保中心主任", "Office head": "办公室主任", "Section head": "股室负责人",
    "Finance head": "财务负责人", "Accountant": "会计", "Cashier": "出纳", "Asset manager": "资产管理员",
    "Seal custodian": "印章保管员", "Audit post": "稽核", "Handler": "经办人", "System administrator": "系统管理员",
    # Collective decisions (会议纪要)
    "Record collective decision": "登记集体决策（会议纪要）",
    "The minute of the meeting that decided the matter (IC-08). Recorded by the office head or the director.":
        "登记作出决定的会议纪要（IC-08），由办公室主任或局长登记。",
    "Meeting type:": "会议类型：", "Minute number:": "纪要编号：", "Held on:": "会议日期：", "Subject:": "议题：",
    "e.g. {example}": "例如 {example}", "Record": "登记", "Record new minute…": "登记新纪要…",
    "&Business": "业务(&B)", "Record &collective decision (minute)…": "登记集体决策纪要(&C)…",
    "Collective decision {minute_no} recorded.": "已登记集体决策纪要 {minute_no}。",
    # Approval sheets: signing passphrase, preview / print, verify (desktop/ui/signing.py, sheet_preview.py, pdf_verify_dialog.py)
    "Signing passphrase:": "签名口令：",
    "The approval sheet has been issued: your signature goes into this step's field, so your signing passphrase is needed.":
        "本单据已签发审批单：您的签名将签入本环节的签名栏，须输入签名口令。",
    "This document's approval sheet was not issued with a signature; the passphrase may be left empty.":
        "本单据的审批单未经签名签发，签名口令可不填。",
    "Your signing passphrase certifies the approval sheet as its handler.": "输入签名口令，以经办人身份签发（认证）审批单。",
    "You have no valid signing certificate: the approval sheet will not be signed.": "您没有有效的个人签名证书：审批单将不签名。",
    "Submit for approval": "提交审批", "Submitted for approval": "已提交审批",
    "Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.":
        "输入签名口令，以经办人身份签发（认证）审批单；此后各审批环节在同一份审批单上依次签名。",
    "Submitted as {serial}. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.":
        "已提交，编号 {serial}。您没有有效的个人签名证书，审批单未签名；请联系系统管理员签发证书。",
    "&Verify PDF signatures…": "验证PDF签名(&V)…",
    "Check the signatures of an approval sheet PDF (or drop a PDF on the window)": "验证审批单PDF的电子签名（也可将PDF拖入窗口）",
    "Preview / print sheet…": "预览/打印审批单…",
    "The approval sheet: the signed PDF as stored, or the unsigned sheet": "审批单：已签名的存档PDF，或尚未签名的审批单",
    "Approval sheet": "审批单", "Print…": "打印…", "Print": "打印", "Printing was cancelled.": "已取消打印。",
    "{n} signature(s), all valid": "共 {n} 个签名，全部有效",
    "Unsigned sheet: no approval sheet has been issued with signatures.": "未签名的审批单：尚未签发经签名的审批单。",
    "A signature is NOT valid: ": "有签名无效：",
    "Verify a signed PDF": "验证PDF签名", "Open a PDF or drop it here.": "请打开PDF文件，或将其拖到此处。",
    "Open PDF…": "打开PDF…", "Open PDF": "打开PDF", "PDF files (*.pdf)": "PDF文件 (*.pdf)",
    "Cannot read %1: %2": "无法读取 %1：%2", "yes": "是", "NO": "否", "YES": "是", "no": "否",
    "All signatures intact and trusted.": "所有签名完整且可信。", "NOT OK: ": "未通过：",
    "Field": "签名栏", "Signer": "签名人", "Signed at (UTC)": "签名时间（UTC）", "Intact": "完整",
    "Trusted": "可信", "Revoked": "已吊销", "Changes allowed": "修改合规",
    # PDF verify: what each signature field is for
    "Issued by the handler": "经办人签发", "Bureau seal": "单位印章", "Step {n}": "第{n}步",
    # 系统管理 → 签名证书 (desktop/ui/admin/certificates_page.py)
    "Signing certificates": "签名证书",
    "Each person signs approval sheets with a personal certificate issued by the bureau's root certificate. The person chooses the signing passphrase at the administrator's desk; the private key is kept only encrypted with it.":
        "每人以本单位根证书颁发的个人签名证书签署审批单。签名口令由本人在系统管理员处当面设定；私钥仅以该口令加密保存。",
    "Recipients outside the bureau import the root certificate as a trusted root (trusted certificate) in their PDF reader; the signatures then show as valid.":
        "外单位收件人须在其PDF阅读器中将根证书导入为受信任的根证书，签名方显示为有效。",
    "Export root certificate…": "导出根证书…", "Export root certificate": "导出根证书",
    "Issue certificate…": "颁发证书…", "Issue certificate": "颁发证书", "Revoke certificate…": "吊销证书…",
    "Revoke certificate": "吊销证书", "Issue signing certificate": "颁发签名证书",
    "Revoke signing certificate": "吊销签名证书",
    "Root CA passphrase (administrator):": "根证书口令（管理员）：", "New signing passphrase:": "新签名口令：",
    "Repeat signing passphrase:": "再次输入签名口令：",
    "The person types the signing passphrase (at least 8 characters) themselves; it is needed for every signature and cannot be recovered.":
        "签名口令（至少8位）须由本人亲自输入；每次签名都要使用，遗失后无法找回。",
    "Issue a personal signing certificate for <b>{name}</b> ({title}).": "为 <b>{name}</b>（{title}）颁发个人签名证书。",
    "{name} already has a valid certificate (serial {serial}); the new one replaces it for signing.":
        "{name}已有有效证书（序列号 {serial}）；新证书颁发后将以新证书签名。",
    "The two signing passphrases differ.": "两次输入的签名口令不一致。",
    "Revoke the signing certificate of <b>{name}</b> (serial {serial})? {name} can no longer sign; signatures made with it show as revoked. This cannot be undone.":
        "确定吊销 <b>{name}</b> 的签名证书（序列号 {serial}）吗？吊销后{name}不能再签名，已用该证书所作的签名将显示为已吊销。此操作不可撤销。",
    "Reason (required), e.g. left the bureau, passphrase disclosed": "原因（必填），如：调离本单位、口令泄露",
    "Reason:": "原因：", "State the reason for revoking.": "请填写吊销原因。",
    "Valid": "有效", "Expired": "已过期", "Not yet valid": "尚未生效", "None": "未颁发",
    "Certificate": "证书", "Subject": "证书主题", "Serial number": "序列号", "Valid from": "生效时间",
    "Valid to": "到期时间", "Certificate issued": "证书已颁发",
    "Signing certificate issued for {name}: serial {serial}, valid to {valid_to}.":
        "已为{name}颁发签名证书：序列号 {serial}，有效期至 {valid_to}。",
    "This bureau has no root certificate yet.": "本单位尚未建立根证书。",
    "PEM certificates (*.pem *.crt)": "PEM证书文件 (*.pem *.crt)", "Cannot write {path}: {error}": "无法写入 {path}：{error}",
    "The root certificate was saved to {path}.\n\nRecipients import it as a trusted root certificate in their PDF reader (e.g. Adobe Acrobat: Preferences → Signatures → Identities & Trusted Certificates); the bureau's signatures then show as valid.":
        "根证书已保存至 {path}。\n\n收件人须在其PDF阅读器中将其导入为受信任的根证书（如 Adobe Acrobat：首选项 → 签名 → 身份与可信证书），本单位的签名方显示为有效。",
}

# 印章管理 (desktop/ui/seals_page.py, seal_dialogs.py)
ZH.update({
    "Seal registry": "印章台账", "Seal use register": "用印登记簿", "Use / engraving requests": "用印申请/刻制申请",
    "Seal use and engraving requests": "用印申请与刻制申请",
    "Party-group seal": "党组印章", "Administrative seal": "行政公章", "Finance seal": "财务专用章",
    "Legal-representative seal": "法人名章", "Contract seal": "合同专用章", "Section seal": "业务印鉴",
    "Name seal": "名章", "Cheque book": "支票",
    "Engraving requested": "刻制申请中", "Engraving approved": "已批准刻制", "Filed with the police": "已公安备案",
    "In use": "启用", "Suspended": "停用", "Replaced": "已更换", "Sealed up": "已封存", "Cancelled": "已注销",
    "Void (reported lost)": "已作废（挂失）",
    "Assigned": "指定保管", "Handed over": "移交", "Delegated": "委托保管",
    "Record police filing…": "登记公安备案…", "Enable…": "启用…", "Hand over…": "交接…", "Record take-out…": "携出登记…",
    "Suspend…": "停用…", "Resume use…": "恢复启用…", "Replace…": "更换…", "Seal up…": "封存…", "Cancel seal…": "注销…",
    "Report lost…": "挂失…",
    "All kinds": "全部类型", "All statuses": "全部状态", "All custodians": "全部保管人", "All seals": "全部印章",
    "Seal kind:": "类型：", "Status:": "状态：", "Custodian:": "保管人：", "Seal:": "印章：", "From:": "自：", "To:": "至：", "any": "不限",
    "Seal name": "印章名称", "Custodian": "保管人", "Storage place": "存放地点", "Enabled on": "启用日期",
    "Police filing no.": "公安备案编号", "{name} (delegated until {until})": "{name}（委托至{until}）",
    "Seals: {n}": "共 {n} 枚", "Uses: {n}": "共 {n} 次", "No seal selected": "未选择印章", "No impression": "无印鉴样底",
    "Actions for a seal that is {status}:": "“{status}”状态的印章可办理：",
    "The engraving request is in approval; the police filing is recorded once it is approved.":
        "刻制申请审批中；批准后方可登记公安备案。",
    "No further actions for a seal that is {status}.": "“{status}”状态的印章不能再办理其他事项。",
    "Custodian of record": "原保管人", "Engraving unit": "刻制单位", "Certificate serial": "证书序列号",
    "Certificate revoked": "证书吊销时间", "long-term": "长期", "No records": "无记录",
    "Status history": "状态记录", "Custody": "保管与交接", "Take-outs": "携出记录",
    "Change": "变更", "Rule": "规则", "By": "经办人", "Note": "说明", "Custody from": "起始日期", "Handed over by": "移交人",
    "Custody until": "期限至", "Reason for handover": "事由", "Out on": "携出日期", "Back on": "归还日期", "Destination": "前往地点",
    "Approved by": "批准人", "Persons carrying": "携带人员",
    "Date of use": "用印日期", "Document": "文件名称", "Sent to": "发往单位", "Copies": "份数", "Requested by": "申请人", "Sealed by": "用印人",
    "Export Excel…": "导出Excel…", "Export Excel": "导出Excel", "Excel workbooks (*.xlsx)": "Excel工作簿 (*.xlsx)",
    "Print / preview…": "打印/预览…", "Save as PDF…": "另存为PDF…", "Save as PDF": "另存为PDF",
    "Apply seal…": "盖章…", "Apply seal": "盖章", "The custodian seals an approved seal use request": "保管人对已批准的用印申请盖章",
    "Preview sealed sheet…": "预览盖章文件…",
    "Apply the seal named by an approved seal use request. Only the seal's custodian may apply it; the sealed sheet is locked against changes and logged in the use register.":
        "对已批准的用印申请加盖其所列印章。只有该印章当前的保管人可以盖章；盖章后文件锁定不可更改，并记入用印登记簿。",
    "I have read the document to be sealed": "已审阅用印文件内容", "Seal use request:": "用印申请：",
    "Your signing passphrase:": "您的签名口令：",
    "There is no approved seal use request waiting for the seal.": "没有已批准、待盖章的用印申请。",
    "Seal: {seal} · to: {recipient} · copies: {copies} · requested by {who}":
        "印章：{seal} · 发往：{recipient} · 份数：{copies} · 申请人：{who}",
    "Sealed with {seal}: {title}. Logged in the use register.": "已盖章（{seal}）：{title}。已记入用印登记簿。",
    "Close": "关闭",
    "Enable seal": "启用印章",
    "Enable {seal}: its certificate is issued by the bureau root, its key is kept encrypted with the custodian's signing passphrase, and the enabling notice is signed with the impression specimen.":
        "启用{seal}：由本单位根证书签发印章证书，印章私钥以保管人的签名口令加密保存，并签发附印鉴样底的启用通知。",
    "Storage place:": "存放地点：", "Enabled on:": "启用日期：", "Custodian's signing passphrase:": "保管人签名口令：",
    "Root CA passphrase:": "根证书口令：",
    "Record police filing": "登记公安备案",
    "Record the police filing of {seal}: the filing number and the engraving unit designated by the police.":
        "登记{seal}的公安备案：备案编号及公安机关指定的刻制单位。",
    "Filing number:": "备案编号：", "Filed on:": "备案日期：", "Engraving unit:": "刻制单位：",
    "Hand over seal": "印章交接",
    "Hand over {seal}, now kept by <b>{custodian}</b>. Both sign the handover sheet with their signing passphrases.":
        "交接{seal}（现由<b>{custodian}</b>保管）。移交人和接收人均以各自的签名口令签署交接单。",
    "e.g. job change, leave, business trip": "如：岗位调整、休假、出差",
    "Delegation for a period (custody returns afterwards)": "限期委托保管（期满自动交回）",
    "Hand over to:": "接收人：", "Delegated until:": "委托期限至：",
    "Passphrase of {name} (handing over):": "移交人（{name}）签名口令：", "Passphrase of the receiver:": "接收人签名口令：",
    "Report seal lost": "印章挂失",
    "Report {seal} lost or stolen? It is declared void at once and its certificate is revoked from now on: every later use is refused. This cannot be undone.":
        "确定挂失{seal}吗？印章将立即声明作废，其证书自即刻起吊销，此后任何用印一律拒绝。此操作不可撤销。",
    "When and how it was found missing (required)": "发现时间和经过（必填）", "Circumstances:": "挂失情况：",
    "Declare void": "挂失作废",
    "{action}: {seal}.": "{action}：{seal}。", "Its certificate is revoked: the seal signs nothing more.": "其证书将被吊销，此后不能再盖章。",
    "Note:": "说明：",
    "Record take-out": "印章携出登记",
    "Take {seal} out of the office: approved by the director, with two or more persons jointly responsible.":
        "携出{seal}：须经局长（中心主任）批准，两人以上共同负责。",
    "Destination:": "前往地点：", "Out on:": "携出日期：", "Back on:": "归还日期：", "Approved by:": "批准人：",
    "Persons (two or more):": "携带人员（两人以上）：",
    "Cannot write {path}: {error}": "无法写入 {path}：{error}",
})
