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

# Travel, reception, vehicles, meetings (差旅 / 接待·用车·会议) and the spending returns
ZH.update({
    "Check against the rules": "按规定检查", "Within the rules and standards": "符合规定和标准",
    "Record payment": "登记付款", "Method:": "付款方式：", "Paid on:": "付款日期：", "Reference:": "交易参考号：",
    "New trip approval": "新建出差审批单", "Official purpose:": "公务目的：", "Travellers (、):": "出差人（以、分隔）：",
    "Destinations (、):": "出差地点（以、分隔）：", "Transport:": "出行方式：",
    "By the unit's own vehicle (no city transport)": "乘坐单位车辆（不发市内交通费）",
    "Meeting or training with board provided by the host": "参加会议或培训，由举办单位统一安排食宿",
    "Days and approver:": "天数和审批人：", "leader in charge": "分管领导", "director": "局长",
    "{days} days → {who} approves [TRAVEL-02]": "{days}天 → 由{who}审批 [TRAVEL-02]",
    "New travel claim": "新建差旅费报销单", "Compute the breakdown": "计算明细", "Approved trip:": "已批准的出差：",
    "Date": "日期", "Region": "地区", "Lodged": "住宿", "Lodging invoice": "住宿发票金额", "Hosted": "会议/培训",
    "Own vehicle": "自带车辆", "Mode (train/plane/ship/coach)": "交通工具（train/plane/ship/coach）", "Class": "席别/舱位",
    "Allowed-class fare": "规定等级票价", "Tickets:": "城市间交通票据：", "Attachments:": "附件张数：",
    "Reason for a late claim:": "逾期报销说明：", "Breakdown (each figure with its rule):": "计算明细（每项附规则依据）：",
    "Item": "项目", "Paid": "报销", "Personal": "个人自理", "Basis": "依据",
    "Intercity {i} + lodging {l} + meals {m} + city transport {c} = {t} yuan; paid by the traveller {p}":
        "城市间交通费 {i} ＋ 住宿费 {l} ＋ 伙食补助费 {m} ＋ 市内交通费 {c} ＝ {t} 元；个人自理 {p} 元",
    "New trip…": "出差审批…", "New claim…": "差旅费报销…", "Record payment…": "登记付款…",
    "Type": "类型", "Meal": "餐次", "Guests": "来宾", "Accompanying": "陪餐",
    "New reception approval": "新建公务接待审批单", "Visiting unit:": "来访单位：", "Official letter no.:": "公函文号：",
    "Guests:": "接待对象人数：", "Guests' names and titles:": "来宾姓名和职务：", "Official business:": "公务活动：",
    "Date:": "日期：", "Lodging:": "住宿：", "Paid by the guests": "自理", "Arranged by the bureau": "本局安排",
    "Accompanying at most:": "陪餐人数上限：", "Working meals:": "工作餐：", "Reception list": "公务接待清单",
    "Approved reception:": "已批准的接待：", "Meals served:": "实际用餐：", "Bill item": "消费明细", "Bill items:": "消费明细：",
    "Invoices attached:": "所附发票张数：", "The official letter is attached": "已附派出单位公函",
    "No alcohol, cigarettes, gifts, tours or entertainment": "未安排酒水香烟、礼品、旅游和娱乐活动",
    "New vehicle request": "新建公务用车申请", "Purpose category:": "用车事由类别：", "Route:": "行车路线：",
    "Long distance": "长途用车", "Passengers:": "乘车人数：", "People:": "乘车人员：", "Departure:": "出车时间：",
    "Notice:": "提前申请：", "Holiday use filed with the county office": "节假日用车已向县机关事务管理局报备",
    "Holiday use filed with the bureau office": "节假日用车已向局办公室报备",
    "Urgent reason (late request):": "紧急原因（未按时申请）：",
    "{days} days ahead, {need} required [VEH-04]": "提前{days}天，规定至少{need}天 [VEH-04]",
    "Dispatch": "派车", "Vehicle:": "车辆：", "Plate:": "车牌号：", "Driver:": "驾驶员：",
    "Rented vehicle (rental slip and agreement)": "租用车辆（租车单和租车协议）", "Rental company:": "租车公司：",
    "Agreement no.:": "租车协议编号：", "Cost:": "费用：", "Driving licence:": "驾驶证：", "Vehicle licence:": "行驶证：",
    "ID card:": "身份证：", "New meeting": "新建会议审批", "Content:": "会议内容：",
    "Arrival and departure days:": "报到和离会天数：", "Venue:": "会议地点：", "Delegates:": "会议代表：",
    "Staff:": "工作人员：", "Lodging budget:": "住宿费预算：", "Food budget:": "伙食费预算：", "Other budget:": "其他费用预算：",
    "Briefing meeting": "传达、布置类会议", "Mode:": "会议形式：", "Annual plan:": "年度会议计划：",
    "(not in the annual plan)": "（未列入年度计划）", "Cap:": "综合定额：", "set separately [MEET-09]": "另行制订 [MEET-09]",
    "{rate} yuan per person-day × {pd} person-days = {cap} yuan [MEET-09]": "{rate}元/人天 × {pd}人天 ＝ {cap}元 [MEET-09]",
    "Meeting-cost claim": "会议费报销", "Approved meeting:": "已批准的会议：", "Delegates signed in:": "签到会议代表：",
    "Staff signed in:": "签到工作人员：", "Food:": "伙食费：", "Other:": "其他费用：",
    "Approval document attached": "已附会议审批文件", "Meeting notice attached": "已附会议通知",
    "Sign-in sheet attached": "已附实际参会人员签到表", "Itemised bills attached": "已附费用原始明细单据",
    "Reception…": "公务接待…", "Reception list…": "接待清单…", "Vehicle…": "用车申请…", "Dispatch…": "派车…",
    "Meeting…": "会议审批…", "Meeting claim…": "会议费报销…", "Spending returns, year:": "支出报表  年度：",
    "Spending by department and month (Excel)…": "分部门分月支出（Excel）…",
    "Spending report for print (PDF)…": "支出报表打印版（PDF）…", "Annual meeting plan (Excel)…": "年度会议计划（Excel）…",
    "Annual meeting report (Excel)…": "会议年度报告（Excel）…",
    "Annual meeting report for print (PDF)…": "会议年度报告打印版（PDF）…",
    "Save report": "保存报表", "Saved": "已保存", "Saved to {path}": "已保存到 {path}",
    "Annual plan…": "年度会议计划…", "Annual meeting plan": "年度会议计划", "Year:": "年度：",
    "Category (1-5)": "类别（1-5）", "Content": "内容", "Place": "地点", "Delegates": "会议代表", "Staff": "工作人员",
    "Budget": "经费预算", "Meetings:": "会议：", "Reason if after 31 October:": "10月31日后报送的原因：",
    # 报表: print preview
    "Spending returns": "支出报表", "Travel, reception, vehicles and meetings by department and month:":
        "差旅、接待、用车、会议（分部门分月）：", "Print preview…": "打印预览…", "{n} page(s)": "共 {n} 页",
    # 规则预设 → 标准 (TRAVEL-19, RECEP-05, MEET-09, VEH-04)
    "Parameters and approval chains": "参数与审批流程", "Standards": "标准",
    "Reception meals": "公务接待用餐", "Meetings": "会议费", "Vehicles": "公务用车",
    "In the county": "县内", "In the province": "省内", "Other province": "省外",
    "Buffet": "自助餐", "Working table meal": "工作桌餐", "Staff meal": "工作人员用餐",
    "Breakfast": "早餐", "Lunch": "午餐", "Dinner": "晚餐", "Any meal": "每餐", "at most": "不超过", "below": "低于",
    "Region (English)": "地区（英文）", "Lodging cap (yuan/night)": "住宿费上限（元/人·夜）",
    "Meal allowance (yuan/day)": "伙食补助（元/人·天）", "City transport (yuan/day)": "市内交通费（元/人·天）",
    "Meal type": "用餐类型", "Meal": "餐次", "Limit": "限额方式", "Standard (yuan/person/meal)": "标准（元/人·餐）",
    "Total (yuan/person/day)": "综合定额（元/人·天）", "Lodging": "住宿费", "Food": "伙食费", "Other": "其他费用",
    "Max people": "人数上限", "Delegates per unit": "每单位代表名额", "Staff share": "工作人员比例",
    "Per year": "每年次数上限", "Max days": "会期天数上限", "Arrival/departure days": "报到和离会天数",
    "In-county request, days ahead": "县内用车提前申请（天）", "Long-distance request, days ahead": "长途用车提前申请（天）",
    "Category 1": "一类会议", "Category 2": "二类会议", "Category 3": "三类会议", "Category 4": "四类会议",
    "Category 5": "五类会议",
    "Per region: the lodging cap per night, the meal allowance and city transport per calendar day (in the county the meal allowance is a ceiling). Trips and claims use the saved table.":
        "按地区：住宿费每人每夜上限，伙食补助费和市内交通费每人每天标准（县内伙食补助为上限）。出差审批和差旅费报销按保存后的标准计算。",
    "Per person per meal; \"below\" means strictly below the figure.": "每人每餐；“低于”表示须低于该标准。",
    "Caps per person-day by meeting category; leave a cell empty where the category has no figure (set separately). Staff share is a fraction, e.g. 0.10.":
        "各类会议每人每天的综合定额及其构成；没有定额（另行制订）的留空。工作人员比例为小数，如 0.10。",
    "How many days before the trip a vehicle must be requested.": "用车须提前几天提出申请。",
    "Add row": "添加行", "Remove row": "删除行", "Back to shipped standards…": "恢复内置标准…",
    "Save standards": "保存标准", "This bureau's own table": "本单位自定标准",
    "Shipped standards (not changed by this bureau)": "内置标准（本单位未修改）",
    "{table}, row {row}, {column}: {error}": "{table}第 {row} 行“{column}”：{error}",
    "{table}, row {row}: the region {region} is already in row {first}": "{table}第 {row} 行：地区“{region}”与第 {first} 行重复",
    "{table}: the table is empty": "{table}：标准表不能为空", "a figure is required": "必须填写",
    "\"{text}\" is not an amount in yuan with at most two decimals": "“{text}”不是金额（元，最多两位小数）",
    "must be more than 0": "必须大于 0", "\"{text}\" is not a whole number ≥ 0": "“{text}”不是大于等于 0 的整数",
    "\"{text}\" is not a fraction between 0 and 1": "“{text}”不是 0 到 1 之间的小数",
    "Standards not saved": "标准未保存", "Nothing has changed.": "没有修改。", "Saved: {tables}.": "已保存：{tables}。",
    "Shipped standards": "内置标准",
    "Replace the bureau's {table} table with the shipped standards?": "用内置标准替换本单位的“{table}”标准吗？",
    # Seal use and engraving requests, custody items, revocation lists
    "New seal use request": "新建用印申请", "New seal use request…": "新建用印申请…",
    "New engraving request…": "新建刻制申请…", "Request engraving…": "申请刻制…",
    "Ask for a seal on a document: once the request is approved, the seal's custodian applies the seal to this very PDF (its SHA-256 is printed on the request). Blank paper is never sealed.":
        "申请在文件上用印：申请批准后，由印章保管人在这份PDF文件上盖章（其SHA-256摘要印在申请单上）。不得在空白文件上盖印。",
    "e.g. a letter to the health bureau": "例如：关于商请协助开展医保政策宣传的函",
    " copies": " 份", "Choose PDF…": "选择PDF文件…", "No file chosen": "未选择文件", "Document title:": "文件名称：",
    "Sent to:": "发往单位：", "Copies:": "份数：", "Document to be sealed:": "用印文件：",
    "Document to be sealed": "选择用印文件",
    "No seal is in use: a seal use request needs an enabled seal.": "没有启用中的印章：用印申请须选择已启用的印章。",
    "Cannot read {path}: {error}": "无法读取 {path}：{error}", "{name} · {pages} page(s)": "{name} · 共 {pages} 页",
    "Choose the PDF to be sealed.": "请选择用印文件（PDF）。",
    "You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.":
        "您没有有效的个人签名证书，审批单将不签名；请系统管理员签发证书。",
    "Request seal engraving": "刻制印章申请",
    "Request a new seal: the request goes to the office and the bureau leaders; once approved, the office records the police filing and enables the seal.":
        "申请刻制新印章：申请经办公室和局领导审批；批准后由办公室登记公安备案并启用。",
    "the full name as engraved": "印面上的全称", "Seal name:": "印章名称：",
    "Register custody item": "登记保管物品", "Register custody item…": "登记保管物品…",
    "Register an item kept like a seal but not engraved, such as the cheque book. It is held by its custodian from today; the cashier may not also keep the finance seal (SEAL-16).":
        "登记按印章管理但无须刻制的物品，如支票簿。自今日起由保管人保管；出纳人员不得同时保管支票和财务专用章（SEAL-16）。",
    "e.g. zero-balance account cheque book": "例如：零余额账户支票簿", "Kind:": "类型：",
    "Enter the item's name.": "请填写物品名称。",
    "A cheque book or another item kept like a seal (SEAL-16)": "支票簿等按印章管理的保管物品（SEAL-16）",
    "Publish revocation list": "发布吊销列表", "Publish revocation list…": "发布吊销列表…",
    "The revoked seal and signing certificates as a CRL file for verifiers": "将已吊销的印章和签名证书发布为吊销列表（CRL）文件，供验证方使用",
    "Publish the certificate revocation list (CRL) signed by the bureau root: every revoked seal and signing certificate with the time it was revoked. Give the file to whoever verifies the bureau's PDFs.":
        "发布由本局根证书签名的证书吊销列表（CRL）：列出每个已吊销的印章证书和个人签名证书及其吊销时间。请将文件交给验证本局PDF文件的单位。",
    "Browse…": "浏览…", "Save as:": "保存为：", "Publish": "发布", "Save revocation list": "保存吊销列表",
    "Revocation lists (*.crl *.pem)": "吊销列表 (*.crl *.pem)",
    "Choose where to save the revocation list.": "请选择吊销列表的保存位置。",
    "The folder {folder} does not exist.": "文件夹 {folder} 不存在。",
    "Revocation list no. {number} is published in the database but cannot be written to {path}: {error}":
        "第 {number} 号吊销列表已在数据库中发布，但无法写入 {path}：{error}",
    "Revocation list no. {number} published with {n} revoked certificate(s), saved as {path}.":
        "第 {number} 号吊销列表已发布，共列出 {n} 个已吊销证书，已保存为 {path}。",
})

# Backups (备份与恢复, SEC-09, SEC-10, ARCH-09) ----------------------------------------------------
ZH.update({
    "Backup and restore": "备份与恢复", "Back up now": "立即备份",
    "Sign an audit checkpoint (signing passphrase)": "同时签署审计检查点（需根证书口令）",
    "Restore from a file…": "从备份文件恢复…", "Backups made": "已做的备份",
    "Schedule and places (SEC-09, ARCH-09)": "备份计划与存放地点（SEC-09、ARCH-09）",
    "Backup folder:": "备份文件夹：", "Second copy in (another disk or place):": "第二份存放于（另一磁盘或地点）：",
    "Daily backup": "每日备份", "Weekly full backup": "每周全备", "keep": "保留", "Schedule:": "备份计划：",
    "Save settings": "保存设置", "Choose a folder": "选择文件夹",
    "Manual": "手动", "Daily": "每日", "Weekly": "每周", "Before restore": "恢复前", "Before upgrade": "升级前",
    " (rotated out)": "（已轮换删除）", "OK": "成功", "Failed: {error}": "失败：{error}",
    "Made by": "备份者", "Size": "大小", "File": "文件",
    "Result": "结果", "Last backup: {when}": "上次备份：{when}", "none yet": "尚无",
    "No second copy place is set: important data are kept in two copies in different places (ARCH-09).":
        "尚未设置第二份存放地点：重要数据应备份两份，存放在不同地点（ARCH-09）。",
    "Signing passphrase": "签名口令",
    "Your signing passphrase for the audit checkpoint:": "签署审计检查点的口令（系统管理员为根证书口令）：",
    "Backup written: {path} ({size}).": "备份已写入：{path}（{size}）。", "Second copy: {path}": "第二份：{path}",
    "Backup": "备份", "Restore": "恢复", "Restore from a backup file": "从备份文件恢复",
    "Bureau Desk backups (*.bdbak)": "机关办公财务系统备份 (*.bdbak)",
    "Replace ALL data of {current_bureau} ({current_docs} documents, {current_audit} audit entries, database {database})\nwith the backup of {bureau} made {created} by {maker}:\n{content}\n({docs} documents, {pdfs} stored PDFs, {keys} key containers, {audit} audit entries).\n\nThe current state is backed up first, and the file is checked before anything is replaced. Everybody must then sign in again.":
        "将用 {maker} 于 {created} 制作的 {bureau} 备份：\n{content}\n（{docs} 份单据、{pdfs} 份已存PDF、{keys} 个密钥容器、{audit} 条审计日志）\n"
        "替换 {current_bureau} 的全部现有数据（{current_docs} 份单据、{current_audit} 条审计日志，数据库 {database}）。\n\n"
        "恢复前会先备份当前数据，并在替换前核验备份文件。恢复后所有人须重新登录。",
    "Restored and checked: {audit} audit entries, {pdfs} stored PDFs.": "已恢复并核验：{audit} 条审计日志、{pdfs} 份已存PDF。",
    "The state before was backed up to {path}.": "恢复前的数据已备份至 {path}。", "Please sign in again.": "请重新登录。",
    "Scheduled backup written: {path}": "已按计划备份：{path}",
})

# Audit trail anchoring: checkpoints, deep check, tampered records (SEC-01, SEC-18) -------------------------
ZH.update({
    "Sign the audit checkpoint": "签署审计检查点",
    "Sign the audit trail's current state with the bureau root certificate. Enter the root CA passphrase.":
        "用本单位根证书签署审计日志的当前状态。请输入根证书口令。",
    "Sign the audit trail's current state with your signing certificate, so that nobody can rewrite it unnoticed. Enter your signing passphrase.":
        "用您的个人签名证书签署审计日志的当前状态，使任何人都无法不被察觉地改写日志。请输入签名口令。",
    "You may skip this; the home page offers it again.": "可以跳过；以后可在首页签署。",
    "Root CA passphrase": "根证书口令",
    "Sign": "签署", "Skip": "跳过", "Cancel": "取消",
    "Sign audit checkpoint…": "签署审计检查点…",
    "Also compare every business record with its recorded state": "同时核对每条业务记录与审计日志记录的状态",
    "No signed audit checkpoint yet: the audit post or the finance head should sign one.":
        "尚无签名的审计检查点：请稽核或财务负责人签署。",
    "Latest signed checkpoint: entry {seq}, by {signer}, {when} ({hours} h ago, {reason})":
        "最近的签名检查点：第 {seq} 条，{signer}，{when}（{hours} 小时前，{reason}）",
    "older than one day: please sign today's checkpoint": "已超过一天：请签署今天的检查点",
    "The audit trail is intact, but {n} business record field(s) differ from their recorded state: changed outside the application.":
        "审计日志完整，但有 {n} 处业务记录与审计日志记录的状态不符：曾被绕过本系统改动。",
    "[TAMPERED]": "[疑被篡改]",
    "This record no longer matches the state the audit trail recorded: it was changed outside the application. It cannot be acted on; the audit post or the administrator checks it with “desktop audit verify --deep”.":
        "本单据的数据库记录与审计日志记录的状态不符，曾被绕过本系统改动，不能再办理；请稽核或系统管理员用“desktop audit verify --deep”核查。",
})

# Signing passphrase change (issue 8, items 8-9: engineer H6)
ZH.update({
    "Change signing passphrase": "修改签名口令", "Change &signing passphrase…": "修改签名口令(&S)…",
    "The signing passphrase opens your signing certificate and the seals you keep; it is not your sign-in password. Every key it protects is re-encrypted with the new one. At least 8 characters with letters, digits and a special character.":
        "签名口令用于打开您的个人签名证书和您保管的印章私钥，不是登录密码。修改后，由它保护的每个私钥都将用新口令重新加密。"
        "口令至少 8 位，须包含字母、数字和特殊字符。",
    "Current passphrase:": "原签名口令：", "New passphrase:": "新签名口令：", "Repeat new passphrase:": "再次输入新口令：",
    "The two new passphrases differ.": "两次输入的新口令不一致。",
    "These keys were not encrypted with your old passphrase and were left as they were; ask the system administrator:\n{keys}":
        "以下私钥不是用您的原签名口令加密的，未作改动；请联系系统管理员：\n{keys}",
    "Signing passphrase changed: {n} key(s) re-encrypted.": "签名口令已修改：已重新加密 {n} 个私钥。",
})

# PDF verification: verdicts and what each signature allows after it (issue 9, items 2-3: verification)
ZH.update({
    "After it": "此后允许",
    "no changes (locked)": "不允许任何改动（已锁定）",
    "form filling and signing": "仅限填表和签名",
    "form filling, comments and signing": "仅限填表、批注和签名",
    "(not signed)": "（未签）",
    "Complete: all signatures intact and trusted, every signature field signed.": "完整：所有签名完整且可信，各签名栏均已签署。",
    "Incomplete: the signatures present are intact and trusted; not signed yet: ": "未签完：已有签名完整且可信；尚未签署：",
    "Superseded: ": "已有更新版本：",
})

# The forms' own fields: travel legs, grade and advance; visitors and diners; the car; asset transfer (issue 9, item 4)
ZH.update({
    "Add a row": "添加一行", "Remove the selected row": "删除所选行",
    "Grade:": "职级：", "Within or outside the county:": "域内/域外：", "From the destinations": "按出差地点",
    "Advance (yuan):": "预借差旅费（元）：", "Source of funds:": "经费来源：",
    "From": "出发地", "To": "到达地", "Means": "交通工具", "Fare": "票价", "Receipts": "单据张数", "Legs:": "行程明细：",
    "Advance taken (yuan):": "预借金额（元）：", "Payee:": "收款人：", "Bank:": "开户行：", "Account no.:": "账号：",
    "Advance {a} → {s}": "预借 {a} 元 → {s}",
    "Unit (if not the visiting unit)": "单位（与来访单位不同时填写）", "Job title": "职务", "Visitors:": "来宾名单：",
    "Accompanying diners (names, 、):": "陪餐人员（姓名，用“、”分隔）：", "Venue of the meals:": "用餐地点：",
    "Return:": "返回时间：", "Estimated mileage (km):": "预计里程（公里）：", "Plate (if assigned):": "车牌号（已派定时）：",
    "Driver (if assigned):": "驾驶员（已派定时）：", "Mileage driven (km):": "实际里程（公里）：",
    "Assets transferred": "转移资产", "Asset no.": "资产编号", "Asset name": "资产名称", "Model": "规格型号",
    "Quantity": "数量", "Original value": "原值（元）", "Receiving section:": "调入部门：",
    "Section giving it up:": "调出部门：", "Custodian until now:": "原保管人：", "New custodian:": "新保管人：",
    "Transfer date:": "转移日期：",
})

# The seal on the outgoing document: placement, witness, register entry, sealed document (issue 9, item 1)
ZH.update({
    "Apply the seal named by an approved seal use request to its document. Only the seal's custodian may apply it; click the page where the seal goes. The sealed document is locked against changes, and you sign the use register entry on the request sheet.":
        "在已批准的用印申请所附文件上加盖所列印章。只有该印章的保管人可以用印；请在右侧页面上点击盖章位置。"
        "盖章后文件即锁定，不得再改动；您同时在用印申请单上签署用印登记。",
    "Witness (监印人):": "监印人：", "Preview request sheet…": "预览用印申请单…", "Sealed document…": "盖章文件…",
    "Seal: {seal} · to: {recipient} · copies: {copies} · requested by {who} · document no.: {no}":
        "印章：{seal} · 发往：{recipient} · 份数：{copies} · 申请人：{who} · 文号：{no}",
    "Sealed with {seal}: {title}. Entered in the use register as {no}.": "已盖章（{seal}）：{title}。已登入用印登记簿，登记号 {no}。",
    "Document no. (文号):": "文号：", "Proposed witness (监印人):": "拟定监印人：",
    "e.g. 示医保〔2026〕45号; empty if the document has none": "如 示医保〔2026〕45号；无文号可不填",
    "(chosen when the seal is applied)": "（盖章时指定）",
    "Paging seal (骑缝章) across the right edge of every page": "加盖骑缝章（跨每页右侧边缘）", "Page:": "页码：",
    "The document already carries signatures: a paging seal would change every page and break them.":
        "文件已有数字签名：骑缝章须改动每一页，会使原有签名失效。",
    "A paging seal is for documents of more than one page.": "骑缝章只用于多页文件。",
    "Click the page where the seal goes.": "请在页面上点击盖章位置。",
    "The seal goes on page {page} at ({x:.0f}, {y:.0f}) pt": "印章盖在第 {page} 页（{x:.0f}, {y:.0f} 点）",
    " — over the date of the sign-off": "——落款日期处",
    " — lower right (no date found on the last page)": "——右下方（末页未找到落款日期）",
    "; and a paging seal on all {n} pages": "；并在全部 {n} 页加盖骑缝章",
    ". Click elsewhere on a page to move it.": "。点击页面其他位置可移动印章。",
    "Request sheet…": "用印申请单…",
    "The seal use request with the use register entry signed by the custodian": "用印申请单（含保管员签署的用印登记）",
    "Print sealed document…": "打印盖章文件…",
    "The document as it left the bureau, with the seal: preview and print": "加盖印章后发出的文件：预览与打印",
    "Save sealed document as…": "盖章文件另存为…", "Save sealed document as": "盖章文件另存为",
    "{no} · sealed document SHA-256 {sha}": "{no} · 盖章文件 SHA-256 {sha}",
    "{no} · {seal} · SHA-256 {sha}": "{no} · {seal} · SHA-256 {sha}", "Save as…": "另存为…",
    "Register no.": "登记号", "Document no.": "文号", "Witness": "监印人",
    "Bureau seal on the document": "文件上的单位印章",
})

# Set-up wizard (issue 10)
ZH.update({
    "Set up Bureau Desk": "机关办公财务系统 — 初始设置",
    "Welcome to Bureau Desk": "欢迎使用机关办公财务系统",
    "The database has no bureau yet. What would you like to do?": "数据库中还没有单位。请选择：",
    "Set up our bureau": "设置本单位",
    "Bureau name and code, the rule preset, departments, the first administrator and the bureau's root certificate for signatures. Nothing is written until you press Finish on the last page.":
        "依次填写单位名称和代码、规则预设、部门、首个系统管理员和本单位签名根证书。在最后一页点“完成”之前不会写入任何内容。",
    "Load the demonstration bureau": "载入演示单位", "Load demo": "载入演示",
    "For trying the app only: 示范县医疗保障局 with made-up people, documents and seals. Every demo person signs in with <b>{demo}</b>; the administrator is <b>{admin}</b> / <b>{admin_password}</b>. These passwords are published: never keep real work in the demonstration bureau.":
        "仅供试用：示范县医疗保障局，人员、单据和印章均为虚构。演示人员的密码均为 <b>{demo}</b>；系统管理员为 "
        "<b>{admin}</b> / <b>{admin_password}</b>。这些密码是公开的：切勿在演示单位中办理真实业务。",
    "Database: {url}": "数据库：{url}",
    "Loading the demonstration bureau… (this takes a little while)": "正在载入演示单位……（需要一点时间）",
    "The bureau": "单位",
    "Its full name as on its seal, and a short code used in file names and serial numbers.":
        "单位全称（与公章一致），以及用于文件名和编号的简短代码。",
    "e.g. 通榆县医疗保障局": "如 通榆县医疗保障局", "e.g. TY": "如 TY",
    "Bureau name:": "单位名称：", "Bureau code:": "单位代码：",
    "The approval chains and thresholds the bureau starts with. The administrator can change chains, thresholds and standards later (系统管理 → 规则预设).":
        "本单位初始采用的审批流程和金额标准。系统管理员以后可以修改流程、标准和参数（系统管理 → 规则预设）。",
    "What differs between {first} and {second}:": "{first} 与 {second} 的不同之处：",
    "What": "项目", "Rules": "依据", "Threshold": "金额标准", "Incompatible posts": "不相容岗位",
    "The offices of the bureau and the sections of the insurance centre. Edit the names to match yours; people and posts are added later by the administrator.":
        "局机关各股室和医保中心各股。请按本单位实际修改名称；人员和岗位由系统管理员以后添加。",
    "Bureau offices": "局机关", "Insurance centre": "医保中心", "Back to the usual list": "恢复常用列表",
    "The first administrator": "首个系统管理员",
    "The system administrator sets up people, accounts and signing certificates. This account holds no business post (SEC-13).":
        "系统管理员负责设置人员、账户和签名证书。该账户不担任任何业务岗位（SEC-13）。",
    "User name:": "用户名：", "Display name:": "显示姓名：", "Password again:": "再次输入密码：",
    "Password rules: at least {n} characters with letters, digits and a special character; not containing the user name; not a demonstration password published in the README. After {failures} wrong passwords in a row the administrator must wait, longer each time (up to {max_wait} minutes).":
        "密码要求：至少 {n} 位，须包含字母、数字和特殊字符；不得包含用户名；不得使用 README 中公开的演示密码。"
        "连续输错 {failures} 次后，管理员须等待一段时间再试，每次加倍（最长 {max_wait} 分钟）。",
    "The bureau's root certificate": "本单位签名根证书",
    "It issues every person's signing certificate and every electronic seal. Its key is stored encrypted with this passphrase, asked for when a certificate is issued.":
        "用于签发每个人的签名证书和每枚电子印章。其私钥用此口令加密保存，签发证书时需要输入。",
    "Same as the administrator password": "与管理员密码相同",
    "Root passphrase:": "根证书口令：", "Passphrase again:": "再次输入口令：",
    "A copy of the root key on removable media": "将根证书私钥备份到移动存储介质",
    "Write a copy to this folder after Finish:": "完成设置后写入以下文件夹：",
    "a USB drive, e.g. E:\\": "U 盘，如 E:\\", "Choose…": "选择…",
    "The key file stays encrypted with the root passphrase; a README beside it says what it is and how it is used. Label the drive and keep it in the safe, apart from the passphrase.":
        "私钥文件仍由根证书口令加密；旁边的说明文件写明了它是什么、如何使用。请给介质贴上标签，存放在保险柜中，与口令分开保管。",
    "Without a copy, the root key exists only in this database and its backups: if they are all lost, documents signed so far can no longer be shown as this bureau's.":
        "不备份时，根证书私钥只存在于本数据库及其备份中：一旦全部丢失，已签署的文件将无法再证明为本单位签署。",
    "Folder for the root key copy": "根证书私钥备份文件夹",
    "Copy of the root key": "根证书私钥备份",
    "The bureau is set up, but the copy of the root key could not be written:\n{why}\n\nChoose another folder?":
        "单位已设置完成，但根证书私钥备份未能写入：\n{why}\n\n是否选择其他文件夹？",
    "Summary": "确认",
    "Press Finish to create the bureau. You then sign in as the administrator.": "点“完成”建立单位，然后以系统管理员身份登录。",
    "Bureau": "单位", "Administrator": "系统管理员", "Root certificate": "签名根证书",
    "passphrase: the administrator password": "口令：与管理员密码相同", "passphrase: its own": "口令：单独设置",
    "none (not recommended)": "不备份（不建议）", ", ": "，", "{departments} ({counts})": "{departments}（{counts}）",
})

# Safe upgrades (issue 10: upgrades)
ZH.update({
    "Cannot open the database": "无法打开数据库",
    "Database upgraded": "数据库已升级",
    "The database was upgraded to this version's schema ({to}).\n\nA backup of it as it was before was taken first:\n{path}":
        "数据库已升级到本版本的结构（{to}）。\n\n升级前已先备份原数据库：\n{path}",
})

# voucher grid (issue 11: the 记账凭证 entry grid)
ZH.update({
    "Description": "摘要", "Ledger account": "会计科目", "Debit amount": "借方金额", "Credit amount": "贷方金额",
    "Economic class": "经济分类", "Project": "项目", "Payee / counterparty": "往来单位/收款人",
    "Financial accounting": "财务会计", "Budget accounting": "预算会计",
    "Debit total": "借方合计", "Credit total": "贷方合计", "Difference": "差额",
    "“{text}” is not an amount: write digits 0-9 with at most two decimal places, e.g. 1234.50.":
        "“{text}”不是有效金额：请用数字 0-9 填写，最多两位小数，如 1234.50。",
    "No account “{text}”: type a code or part of a name, or press F2 for the list.":
        "没有科目“{text}”：请输入科目代码或名称的一部分，或按 F2 查看科目列表。",
    "{account} has sub-accounts: post to one of them.": "{account} 设有明细科目，不能直接记账：请选择其下的明细科目。",
    "No such entry: “{text}”. Type part of it, or press F2 for the list.":
        "没有“{text}”这一项：请输入代码或名称的一部分，或按 F2 查看列表。",
    "Choose the line's account first: “=” balances its side (financial or budget).":
        "请先选择本行科目：“=”按科目所属的财务会计或预算会计计算平衡金额。",
    "That side balances already.": "本行所属一方借贷已平衡，无差额可填。",
    "The balancing amount {amount} is on the other side of the line: entered there.":
        "平衡金额 {amount} 应记在本行另一方向，已填入。",
    "Read only: this voucher cannot be edited here.": "只读：此凭证在此不能修改。",
    "“{text}” fits {n} entries: pick one from the list (↓, then Enter).": "“{text}”对应 {n} 项：请从列表中选择（↓ 后按回车）。",
})

# books (issue 11: the 账簿 screens — voucher list and dialog, trial balance, ledger, journals, month close)
ZH.update({
    # navigation, page, tabs
    "Books": "账簿", "Vouchers": "凭证", "Trial balance": "科目余额表", "Ledger": "明细账",
    "Cash and bank journals": "日记账", "Month close": "结账",
    # period chooser
    "All periods": "全部期间", "{year} (whole year)": "{year}年（全年）", "Period:": "期间：", "Month:": "月份：",
    "Show": "查询", "Include unposted vouchers": "含未记账凭证",
    # voucher list
    "Summary or voucher no.": "摘要或凭证号", "Search": "查询", "New voucher…": "新增凭证…", "Open": "打开",
    "Post selected": "记账（所选）", "State:": "状态：", "Voucher no.": "凭证号", "Attachments": "附件",
    "Maker": "制单", "Posted by": "记账", "Origin": "来源", "Entered by hand": "手工录入", "Claim": "报销",
    "Advance": "借款", "Imported": "导入", "Red reversal": "红字冲销",
    "Vouchers: {n} · posted amount {amount}": "凭证 {n} 张 · 已记账金额 {amount}",
    "Post vouchers": "记账", "Select reviewed vouchers (state 已审核) to post.": "请选择已审核的凭证再记账。",
    "Posted: {numbers}": "已记账：{numbers}", "Not reviewed, left as they are: {numbers}": "未审核，未记账：{numbers}",
    # voucher dialog
    "Accounting voucher": "记账凭证", "Accounting voucher {number}": "记账凭证 {number}",
    "New accounting voucher": "新增记账凭证", " sheet(s)": " 张", "Voucher no.:": "凭证号：",
    "Voucher summary:": "凭证摘要：",
    "Taken from the first line when left empty": "不填则取第一行摘要", "(numbered when saved)": "（保存时编号）",
    "New": "新增", "Maker: {maker}": "制单：{maker}",
    "Maker: {maker}    Reviewed by: {reviewers}    Posted by: {poster}    Amount: {amount}":
        "制单：{maker}    审核：{reviewers}    记账：{poster}    金额：{amount}",
    " · red reversal": " · 红字冲销凭证", " · reversed": " · 已被冲销",
    "Save": "保存", "Save and submit for review…": "保存并提交审核…", "Post": "记账", "Red reversal…": "红字冲销…",
    "Void…": "作废…", "View source document": "查看原始单据", "Voucher sheet": "凭证签批单",
    "Submit voucher for review": "提交凭证审核",
    "Your signing passphrase certifies the voucher sheet as its maker; the reviewers then sign the same sheet.":
        "签名口令用于以制单人身份签署凭证签批单；审核人随后在同一份签批单上签名。",
    "Submitted for review": "已提交审核",
    "You have no valid signing certificate, so the voucher sheet is not signed; ask the system administrator to issue one.":
        "您没有有效的签名证书，凭证签批单未签名；请系统管理员为您签发证书。",
    "Why is {number} reversed?": "{number} 红字冲销的原因：", "Void voucher": "作废凭证",
    "Why is {number} voided? (it keeps its number)": "{number} 作废的原因（凭证号保留）：",
    "Source document": "原始单据", "Preview / print approval sheet": "预览/打印审批单",
    # trial balance
    "Code": "科目编码", "Account name": "科目名称", "Opening debit": "期初借方", "Opening credit": "期初贷方",
    "Period debit": "本期借方", "Period credit": "本期贷方", "Closing debit": "期末借方", "Closing credit": "期末贷方",
    "Financial accounting total": "财务会计合计", "Budget accounting total": "预算会计合计",
    "Balanced": "平衡", "Not balanced": "不平衡", "balanced": "平衡", "NOT balanced": "不平衡",
    "Double-click an account for its ledger.": "双击科目查看明细账。",
    # ledger
    "Ledger account:": "会计科目：", "Debit": "借方", "Credit": "贷方", "Dr/Cr": "方向", "Balance": "余额",
    "Opening balance": "期初余额", "Ledger: {code} {name}": "明细账：{code} {name}",
    "{shown} of {total} lines": "已显示 {shown} / 共 {total} 行",
    # journals
    "Cash journal": "现金日记账", "Bank journal": "银行存款日记账", "Debit (in)": "借方（收入）",
    "Credit (out)": "贷方（支出）", "Day total": "本日合计", "Period total / closing balance": "本期合计 / 期末余额",
    "No cash or bank account moved in this period.": "本期现金、银行账户没有发生额。",
    "Every day with movements has its closing balance (VOUCH-13).": "有收付的每一天均已日结（VOUCH-13）。",
    # month close
    "Check": "检查", "Close the month": "结账", "Reopen the month…": "反结账…", "Reopen the month": "反结账",
    "What stands in the way of closing:": "结账检查（须全部解决）：",
    "✓ Nothing: the month can be closed.": "✓ 检查通过：本月可以结账。",
    "{period}: closed": "{period}：已结账", "{period}: open": "{period}：未结账",
    "Closed months: {months}": "已结账月份：{months}",
    "Why is {period} reopened? (recorded in the audit trail)": "{period} 反结账的原因（记入审计日志）：",
})

# claims (issue 11, item 8: 报销单, 借款单, 预算指标, 出纳付款, 待编凭证 — desktop/ui/claims/)
ZH.update({
    "Claims and advances": "报销与借款", "Budget lines": "预算指标", "Cashier: payments": "出纳付款",
    "Awaiting vouchers": "待编凭证", "New expense claim…": "新建报销单…", "New advance…": "新建借款单…",
    # 报销单
    "New expense claim": "新建报销单", "Claim details": "报销信息", "Purpose (required):": "用途（必填）：",
    "Required: what the money was spent on (VOUCH-05)": "必填：写明款项用途（VOUCH-05）",
    "Taken from the purpose when left empty": "不填则取用途", "Economic class:": "经济分类：",
    "Budget line:": "预算指标：", "(choose)": "（请选择）", "(by the economic class)": "（按经济分类自动对应）",
    "Government procurement": "政府采购", "Routine office spending": "日常公务支出",
    "Invoices": "发票明细", "Invoice code": "发票代码", "Invoice no.": "发票号码", "Issuer": "开票单位",
    "Scan (SHA-256)": "扫描件（SHA-256）", "SHA-256": "SHA-256", "Remove the row": "删除本行",
    "Attach scan…": "附扫描件…", "Attachments by type": "附件（按类型）", "Attach file…": "添加附件…",
    "Advance settled by this claim": "冲销借款", "Advance:": "借款单：",
    "Scans (*.pdf *.png *.jpg *.jpeg *.ofd);;All files (*)": "扫描件 (*.pdf *.png *.jpg *.jpeg *.ofd);;所有文件 (*)",
    "All files (*)": "所有文件 (*)", "Within the rules and the budget": "符合规定，预算指标足额",
    "Total: <span style='color:#b42318'>an amount cannot be read</span>":
        "合计：<span style='color:#b42318'>有金额无法识别</span>",
    "Total: <b>{figures}</b>\u3000In words: <b>人民币{upper}</b>": "合计（小写）：<b>{figures}</b>\u3000大写：<b>人民币{upper}</b>",
    "Not an amount: write digits with at most two decimals": "不是金额：请填写数字，最多两位小数",
    "A written contract must be attached [VOUCH-17]": "须附书面合同 [VOUCH-17]",
    "Press “Check against the rules” to see what remains.": "点“按规定检查”查看指标余额。",
    "No single budget line of this class: choose one.": "该经济分类没有唯一对应的预算指标：请选择。",
    "{line}: approved {approved} · spent {spent} · committed {committed} · remaining {remaining} → after this claim {after}":
        "{line}：批复 {approved} · 已支出 {spent} · 已占用 {committed} · 剩余 {remaining} → 本单报销后 {after}",
    "Advanced <b>{advanced}</b>\u3000to return <b>{returned}</b>\u3000to pay <b>{extra}</b>":
        "原借款 <b>{advanced}</b>\u3000应退 <b>{returned}</b>\u3000应补 <b>{extra}</b>",
    "Scan of invoice {n}": "第 {n} 张发票的扫描件", "Attachment: {kind}": "附件：{kind}",
    "Remaining on the budget line: {remaining}": "预算指标剩余：{remaining}", "Save and submit…": "保存并提交…",
    # 借款单
    "New advance request": "新建借款单", "Required (VOUCH-05)": "必填（VOUCH-05）", "In words:": "大写：",
    "<span style='color:#b42318'>not an amount</span>": "<span style='color:#b42318'>不是有效金额</span>",
    "remaining": "剩余",
    # 预算指标
    "New budget line…": "新增预算指标…", "Edit…": "修改…", "Edit budget line": "修改预算指标",
    "New budget line": "新增预算指标", "Budget code": "指标编码", "Line name": "指标名称",
    "Special fund": "专项", "Approved amount": "批复金额", "Spent": "已支出", "Committed": "已占用",
    "Remaining": "剩余", "Used": "执行进度", " (inactive)": "（停用）",
    "Spent {spent} + committed {committed} of {approved}": "已支出 {spent} + 已占用 {committed}，批复 {approved}",
    "{n} lines · approved {approved} · spent {spent} · committed {committed} · remaining {remaining}":
        "共 {n} 项 · 批复 {approved} · 已支出 {spent} · 已占用 {committed} · 剩余 {remaining}",
    "(whole bureau)": "（全局）", "Special fund: only for its approved purpose (VOUCH-21)": "专项资金：专款专用（VOUCH-21）",
    "Code:": "编码：", "Project:": "项目：", "Functional class:": "功能分类：",
    "Approved amount (yuan):": "批复金额（元）：", "Purpose of the fund:": "资金用途：",
    # 出纳
    "<b>Approved, waiting to be paid</b>": "<b>已审批、待付款</b>", "{n} to pay": "待付 {n} 笔", "Pay…": "付款…",
    "Pay": "付款", "Pay {serial}": "付款 {serial}", "Expense claim": "报销单", "Payee": "收款人",
    "Payee: {person}": "收款人：{person}", "Payee: {payee} {bank} {account}": "收款人：{payee} {bank} {account}",
    "Total {total} (人民币{upper}) · economic class {cls}": "合计 {total}（人民币{upper}）· 经济分类 {cls}",
    "Settles advance {serial}: advanced {advanced} · to return {returned} · to pay {extra}":
        "冲销借款 {serial}：原借款 {advanced} · 应退 {returned} · 应补 {extra}",
    "<b>Receive {amount} back from the borrower.</b>": "<b>向借款人收回 {amount}。</b>",
    "<b>Pay out {amount}.</b>": "<b>应付 {amount}。</b>",
    "<b>Pay out the advance of {amount}.</b>": "<b>支付借款 {amount}。</b>",
    "Bank or card transaction reference": "银行或公务卡交易流水号",
    "Transfer to another account of the bureau itself": "转入本单位其他账户",
    "Paid from:": "付款账户：", "Official card (VOUCH-09):": "公务卡（VOUCH-09）：",
    "Not in the mandatory official-card catalogue.": "不属于公务卡强制结算目录。",
    "In the catalogue: paid by official card.": "属于强制结算目录：以公务卡结算。",
    "In the catalogue. Written explanation attached: {files} (valid when the finance head approved the claim after it).":
        "属于强制结算目录。已附情况说明：{files}（财务负责人在其后审核同意方有效）。",
    "<span style='color:#b42318'>In the catalogue: paying otherwise than by official card needs the handler's written explanation signed by the finance head; none is attached.</span>":
        "<span style='color:#b42318'>属于公务卡强制结算目录：不用公务卡支付须有经办人书面说明并经财务负责人签字，本单未附。</span>",
    "Day close (VOUCH-13)": "日结（VOUCH-13）", "Account:": "账户：", "Day:": "日期：",
    "cash counted (cash only)": "实点现金（仅现金）", "Close the day": "日结",
    "<span style='color:#b42318'>“{text}” is not an amount</span>": "<span style='color:#b42318'>“{text}”不是有效金额</span>",
    "{day}: {account} closed at {balance}": "{day}：{account} 日结余额 {balance}",
    # 待编凭证
    "<b>Paid, awaiting a voucher</b>": "<b>已付款、待编制凭证</b>", "{n} awaiting": "{n} 笔待编", "Paid on": "付款日期",
    "Claimant": "经办人", "Make voucher…": "生成凭证…", "Make as proposed": "按建议直接生成",
    "Open the proposed voucher to confirm or edit it": "打开建议凭证，确认或修改后生成",
    "Voucher for a paid claim": "已付款单据的记账凭证",
    "Your signing passphrase certifies the voucher sheet as its maker.": "以签名口令作为制单人签署记账凭证。",
    "Proposed voucher: {date} · {summary} · {n} attachment(s)": "建议凭证：{date} · {summary} · 附件 {n} 张",
    # books import (导入)
    "Opening balances (start of the books)": "期初余额（建账）", "Vouchers from the old system": "原系统凭证",
    "First month on the books, e.g. 2026-07 (2026 = January)": "建账月份，如 2026-07（只写 2026 即为1月）",
    "Save the Excel template…": "保存Excel模板…", "Choose a file…": "选择文件…", "Import": "导入",
    "No file chosen.": "尚未选择文件。", "What:": "导入内容：",
    "Problems found (nothing is written until there are none):": "发现的问题（全部改正前不写入任何数据）：",
    "Save the Excel template": "保存Excel模板", "Choose the file to import": "选择要导入的文件",
    "Excel or CSV (*.xlsx *.csv)": "Excel 或 CSV 文件 (*.xlsx *.csv)", "File: %1 (%2 bytes)": "文件：%1（%2 字节）",
    "… and %1 more": "……另有 %1 个问题", "%1 rows, %2 vouchers": "%1 行，%2 张凭证", "%1 rows": "%1 行",
    "ready to import": "可以导入", "%1 problems": "%1 个问题",
    "Opening balances imported: the books start in %1.": "期初余额已导入，建账期间 %1。",
    "%1 vouchers imported, awaiting review.": "已导入 %1 张凭证，等待审核。",
    # books: subsidiary ledgers
    "All departments": "全部部门", "All economic classes": "全部经济分类",
    # approver (issue 12 items 11-13): details pane, home page sections, saving signed PDFs
    'Travellers': '出差人员',
    'Dates and days': '起止日期及天数',
    'Transport': '交通工具',
    'Companions': '同行人员',
    'Grade': '职级',
    'Area': '区域',
    'Funds': '经费来源',
    'Single room': '单间住宿说明',
    'Trip approval': '出差审批单',
    'Route': '行程',
    'Transport cost': '交通费',
    'Meal allowance': '伙食补助费',
    'Local transport': '市内交通费',
    'Paid by the traveller': '个人自理',
    'Settlement': '结算',
    'Claim deadline': '报销期限',
    'Guest unit': '来宾单位',
    'Letter': '公函',
    'Dates': '日期',
    'Meals': '用餐',
    'Accompanying limit': '陪餐人数上限',
    'Reception approval': '接待审批单',
    'Items': '明细',
    'Declaration': '承诺事项',
    'Passengers': '乘车人员',
    'Departure': '出发时间',
    'Returns at': '返回时间',
    'Distance': '里程类别',
    'Mileage': '里程',
    'Lead time': '提前申请',
    'Holiday': '节假日用车',
    'Urgent because': '紧急用车理由',
    'Vehicle': '车辆',
    'Driver': '驾驶员',
    'Meeting': '会议名称',
    'Schedule': '会期',
    'Venue': '地点',
    'Form': '形式',
    'Attendees': '参会人员',
    'Meeting approval': '会议审批单',
    'Costs': '费用',
    'Approved budget': '批准预算',
    'Year': '年度',
    'Number of meetings': '会议数',
    'Due': '报送期限',
    'Plan': '计划',
    'Late because': '逾期说明',
    'Seal': '印章',
    'Document number': '文号',
    'Use': '用印事由',
    'Seal type': '印章类型',
    'Specification': '规格',
    'Engraver': '刻制单位',
    'Supplier': '供货单位',
    'Method': '方式',
    'Asset numbers': '资产编号',
    'Acquired': '购置时间',
    'Years used': '已使用年限',
    'Residual value': '残值',
    'Payment method': '支付方式',
    'Intercity transport': '城市间交通费',
    'Late claim (TRAVEL-03)': '逾期报销（TRAVEL-03）',
    'Consumables': '消耗品',
    'Special items': '专用物品',
    'Tickets': '车船机票',
    'Per head': '人均',
    'Breakdown by day': '逐日明细',
    'Allowed': '准予报销',
    'Filed after departure (补报)': '出差后补报',
    'Late claim, after the deadline': '逾期报销，报销期限为',
    'Over budget: {amount} yuan claimed, {left} yuan remain on {line}': '超预算：本单 {amount} 元，预算指标 {line} 仅余 {left} 元',
    'Number': '号码',
    '{n} attached on paper (listed on the sheet)': '纸质附件 {n} 张（见审批单）',
    'No attachments.': '无附件。',
    'Budget line': '预算指标',
    ' (charged at payment)': '（付款时列支）',
    'Line': '指标',
    'Payment': '付款',
    'Nothing of yours is in progress.': '您没有在办的单据。',
    'Nothing has been returned to you.': '没有退回给您的单据。',
    'No approved claim of yours is waiting for payment.': '您没有已批准待付款的报销单。',
    'Waiting for me ({n})': '待我审批（{n}）',
    'My documents in progress ({n})': '我的在办单据（{n}）',
    'Returned to me ({n})': '退回给我（{n}）',
    'Approved, not yet paid ({n})': '已批准待付款（{n}）',
    'Export signed PDFs…': '导出已签PDF…',
    'Save the signed approval sheets of the selected documents to a folder': '将所选单据的已签审批单PDF保存到文件夹',
    'Approval sheet (unsigned)': '审批单（未签）',
    '{n} signed PDF(s) written to the folder.': '已将 {n} 份已签PDF写入文件夹。',
    'Kept (already in the folder, not replaced): {n}': '文件夹中已有、未覆盖：{n} 份',
    'Not written: {n}': '未写入：{n} 份',
    'File exists': '文件已存在',
    '{name} already exists in this folder. Replace it?': '文件夹中已有 {name}，是否覆盖？',
    'Export signed PDFs to folder': '选择导出已签PDF的文件夹',
    'Export signed PDFs': '导出已签PDF',
    'Save PDF as': 'PDF另存为',
    'Could not write {path}: {why}': '无法写入 {path}：{why}',
    'filed {filed}, departed {start}': '{filed}填报，{start}出发',
    'Approval basis': '审批说明',
})

# Issue 12 "language": the menu 语言, the readable audit trail (filters, changed fields)
ZH.update({
    "&Language": "语言(&L)",
    "Id or serial number": "编号或单据号", "Dates from": "日期从", "Record:": "记录：", "to": "至",
    "Everybody": "全部人员", "Any record": "全部记录", "Changed field": "字段", "Before": "修改前", "After": "修改后",
})

# Issue 12 "standards": 规则配置 → 标准 by effective date, figures not set (TRAVEL-19)
ZH.update({
    "Not set": "未设置",
    "From the beginning": "自始执行",
    "From {date}": "{date}起执行",
    "Not set: the bureau has not entered these figures yet ({source}). A claim that needs one is refused until they are entered here.":
        "未设置：本局尚未录入这些标准（{source}）。需要其中某项标准的报销单将被退回，直至在此录入。",
    "Document the figures come from": "标准依据文件（文号）",
    "Add a version from this date": "自此日期起新增一版",
    "Effective from:": "生效日期：",
    "Source:": "依据：",
    " (new, not saved)": "（新增，未保存）",
    " — in force": " — 现行",
})

# Issue 12 "chains": a minute's matters (议题), each serving one document (IC-08/VOUCH-08)
ZH.update({
    "Matters decided (议题): each serves one document; leave the amount empty if the minute states none.":
        "会议决定的议题：每个议题只能用于一张单据；纪要未写金额的，金额留空。",
    "Matter": "议题",
    "Serves document": "所用单据",
    "Add matter": "添加议题",
    "Remove matter": "删除议题",
    "Higher approval no. (categories 2–3):": "上级批准文号（二、三类会议）：",
})

# Issue 12 "recep-veh-seal": reception bill categories (RECEP-07), the holiday calendar (VEH-07),
# urgent vehicle use (VEH-04), seal take-out approved in the app (SEAL-14)
ZH.update({
    "Guests from Hong Kong, Macau or Taiwan": "港澳台来宾",
    "Holidays": "节假日",
    "Import a year's notice…": "导入年度放假通知…",
    "Name, e.g. 国庆节": "名称，如 国庆节",
    "Set day": "设置",
    "Weekday public holidays count as holidays for vehicle use (VEH-07); an adjusted working Saturday or Sunday counts as a working day. A bureau entry overrides the shipped calendar; 2027 is provisional until the State Council's notice.":
        "工作日的法定节假日按节假日用车（VEH-07）；调休上班的周六、周日按工作日。本单位设置优先于预置日历；"
        "2027年为暂定，国务院通知发布后请更正。",
    "Weekday": "星期", "Set by": "设置方", "Bureau": "本单位", "Shipped": "预置",
    "Mon": "一", "Tue": "二", "Wed": "三", "Thu": "四", "Fri": "五", "Sat": "六", "Sun": "日",
    "Import holiday calendar": "导入节假日安排", "Calendar (*.csv)": "日历文件 (*.csv)",
    "Agree to urgent use": "同意紧急用车",
    "Seal take-out": "印章携出",
    "Take {seal} out of the office: request it for the director's approval (the centre director for a centre seal), with two or more persons jointly responsible; once approved, record the take-out here.":
        "携出 {seal}：先提交局长（医保中心印鉴为医保中心主任）审批，须两人以上共同负责；批准后在此登记携出。",
    "New take-out request": "新的携出申请",
    "Approved: {text}": "已批准：{text}",
    "Request:": "申请：",
    "Record take-out": "登记携出",
    "Seal": "印章", "Period": "携出期间", "Jointly responsible": "共同负责人",
})

# travel-form (issue 12 items 9, 10): ticket entry and amount fields
ZH.update({
    "Train": "火车", "Plane": "飞机", "Ship": "轮船", "Coach": "长途汽车",
    "— (by the receipt)": "—（凭票报销）",
    "{cls} (above the grade: paid at the allowed-class fare)": "{cls}（超标准，按规定等级票价报销）",
    # lead: the meeting cap when the bureau has not entered it
    "not set: enter it in Rules → Standards [MEET-09]": "未设置：请在 规则配置 → 标准 中录入 [MEET-09]",
    # lead: the trip dialog's 补报 reason and the director's external approval (TRAVEL-01/02)
    "Reason for filing after departure:": "补报原因：",
    "Required when the trip has already started (补报)": "出发后填报（补报）时必填",
    "The director travels: approved by a higher authority": "局长本人出差：已经上级批准",
    "Approving authority:": "批准机关：",
    "Approval reference:": "批准文号：",
    "Approval date:": "批准日期：",
})

# issue 13 assets GUI (gui-cards): the card register, card form and view, acceptance, custody, moves
ZH.update({
    # statuses and ways (AssetTerms)
    "Awaiting acceptance": "待验收", "In use (active)": "在用", "Idle": "闲置", "Under repair": "维修中",
    "Being disposed of": "处置中", "Disposed of": "已处置", "Failed acceptance": "验收不合格",
    "Written off (shortage)": "盘亏核销", "Purchase": "购置", "Transferred in": "调入", "Donation received": "接受捐赠",
    "Other way": "其他", "Scrap": "报废", "Sale": "出售", "Transfer out": "调出", "Donation": "对外捐赠",
    # the page and the register
    "Asset cards": "资产卡片", "To do": "待办", "Transfer · repair · disposal": "转移·维修·处置",
    "Stocktake": "清查盘点", "Depreciation": "折旧",
    "Card no., name, specification (Ctrl+F)": "卡片编号、名称、规格型号（Ctrl+F）", "Location:": "存放地点：",
    "Register an asset…": "登记资产…", "Accept…": "验收…", "Idle / back in use…": "闲置/恢复在用…",
    "Change user or location…": "调整使用人或地点…", "Request repair…": "申请维修…",
    "Request transfer in…": "申请调入…", "Request disposal…": "申请处置…", "Holdings and departures…": "保管与离岗交接…",
    "◀ Previous": "◀ 上一页", "Next ▶": "下一页 ▶", "Card no.": "卡片编号", "Asset name": "资产名称", "Qty": "数量",
    "User": "使用人", "Location": "存放地点", "Date acquired": "取得日期", "All": "全部",
    "Cards {first}–{last} of {total}": "第 {first}–{last} 张，共 {total} 张",
    # the card form
    "Edit card {no}": "修改卡片 {no}", "Register a fixed asset": "登记固定资产",
    "Prior approval (document no. or reference) [ASSET-02]": "事前审批（单据编号或批准文号）[ASSET-02]",
    "A batch of durable items of one kind (one card) [ASSET-01]": "耐用一年以上的大批同类物资（一张卡片）[ASSET-01]",
    "Holds storage media (wiped before disposal)": "含存储介质（处置前须安全清除）",
    "Already in use before this register (opening card, no acceptance)": "建账前已在用（期初卡片，无须验收）",
    "Why the card changes (kept in its history)": "修改原因（记入卡片历史）",
    "The asset": "资产", "Category (GB/T 14885):": "资产分类（GB/T 14885）：", "Specification / model:": "规格型号：",
    "Quantity:": "数量：", "Unit of measure:": "计量单位：", "Acquisition": "取得", "Original value (yuan):": "原值（元）：",
    "Acquired on:": "取得日期：", "Acquired by:": "取得方式：", "Funding source:": "经费来源：", "Supplier:": "供货单位：",
    "Contract no.:": "合同编号：", "User:": "使用人：", "Opening card": "期初卡片",
    "Depreciated before (yuan):": "建账前已提折旧（元）：", "Months depreciated before:": "建账前已提折旧月数：",
    "Reason for the change:": "修改原因：", "not depreciated": "不计提折旧", "useful life {years} years": "折旧年限 {years} 年",
    # the card opened
    "Add photo or file…": "添加照片或文件…", "Card": "卡片", "Acceptance": "验收", "Card history": "历史",
    "Photos and files": "照片及文件", "batch of durable items": "大批同类物资", "storage media": "含存储介质",
    "Accumulated depreciation": "累计折旧", "Net value": "净值", "Funding source": "经费来源", "Contract no.": "合同编号",
    "Approval reference": "批准文号", "Marked": "标记", "Accepted": "合格", "Not accepted": "不合格", "As": "身份",
    "Accepted by": "验收人", "What changed": "内容", "Document no.": "单据编号",
    "Awaiting acceptance by: {who} [ASSET-11]": "尚待验收：{who} [ASSET-11]", "Status: {status}": "状态：{status}",
    "Add photo or file": "添加照片或文件",
    "Photos and documents (*.png *.jpg *.jpeg *.pdf *.ofd);;All files (*)":
        "照片和文件 (*.png *.jpg *.jpeg *.pdf *.ofd);;所有文件 (*)",
    # picking cards, acceptance, idle, reassignment
    "Card no. or name, then Enter": "输入卡片编号或名称后按回车", "Add ↓": "加入 ↓", "Cards chosen:": "已选资产：",
    "Accept an asset": "资产验收", "Accepted: as ordered and working": "合格：与订购一致，运行正常",
    "Not accepted (refuse or reduce payment, ask for a replacement)": "不合格（拒付或少付，要求更换）", "Card:": "资产：",
    "The card becomes active once its user and the asset manager have both accepted it [ASSET-11].":
        "使用人和资产管理员均验收合格后，卡片转为在用 [ASSET-11]。",
    "Mark as idle": "设为闲置", "Back in use": "恢复在用", "Change user or location": "调整使用人或存放地点",
    "Within the department only; another department needs a transfer [ASSET-08].":
        "仅限本部门内调整；跨部门须办理转移手续 [ASSET-08]。",
    # transfer, repair, disposal
    "Request a transfer between departments": "申请资产转移（调入）",
    "Why the receiving department needs them": "调入部门的用途说明", "Cards:": "资产：", "To department:": "调入部门：",
    "To user:": "调入使用人：", "To location:": "调入存放地点：",
    "The receiving department requests; the office approves; the giving department then signs the release [ASSET-08].":
        "由转入部门申请，办公室批准，转出部门签字交接 [ASSET-08]。",
    "Request a repair": "申请维修", "What is wrong": "故障情况",
    "Sent out of the bureau for repair (computer equipment needs the office head's approval) [ASSET-10]":
        "送外维修（计算机设备须经资产管理归口部门负责人批准）[ASSET-10]",
    "(nobody: normal wear)": "（无：正常损耗）", "Fault:": "故障：", "Damage caused by:": "损坏责任人：",
    "Repair completed": "维修完成", "Cost (yuan):": "维修费用（元）：", "Repaired by:": "维修单位：",
    "Supervised on site by:": "现场监督人：", "Compensation (yuan):": "赔偿金额（元）：",
    "Request a disposal": "申请资产处置",
    "Technical appraisal: condition, why it cannot be used or repaired": "技术鉴定：资产状况，无法使用或修复的原因",
    "Way:": "处置方式：", "Appraisal:": "鉴定意见：",
    "A bulk disposal needs the collective decision; the cards close only after the external approval is recorded [ASSET-03].":
        "大批量处置须经集体决策；登记区国资局批复后方可核销卡片 [ASSET-03]。",
    "Record the external approval": "登记上级批复", "Disposal:": "处置申请：", "Close the disposal": "处置完毕",
    "External approval:": "上级批复：", "not recorded yet": "尚未登记", "Residual income (yuan):": "残值收入（元）：",
    "Owed in full to the treasury [ASSET-04]": "全额上缴财政 [ASSET-04]",
    "Handed in full to the finance section [ASSET-04]": "全额上缴财务股 [ASSET-04]",
    "Storage media securely wiped:": "存储介质已安全清除：",
    # custody
    "Holdings and departures": "保管与离岗交接", "Leaves the bureau": "调离", "Retires": "退休",
    "Open departure": "登记离岗", "Sign off the departure": "签署离岗交接", "Departure (ASSET-07)": "离岗交接（ASSET-07）",
    "Leaving on:": "离岗日期：", "Everything in this person's keeping:": "此人名下保管的全部资产：",
    "Departures:": "离岗登记：", "Cards held: {n}": "名下资产：{n} 张", "Leaving on": "离岗日期", "Leaver": "人员",
    "Signed off by": "签署人", "Signed off": "签署时间",
    "Signed off: nothing left in this person's keeping.": "已签署：此人名下已无资产。",
    "Open: sign off once every card above is handed over.": "办理中：上列资产全部交还或移交后方可签署。",
    # to do
    "Open card": "查看卡片", "Do it…": "办理…", "To accept: {n}": "待我验收：{n} 张",
    "Transfers, repairs and disposals waiting for you: {n}": "待我办理的转移、维修、处置：{n} 件",
    "Sign the release of {title} for your department?": "以本部门名义签字交接 {title}？",
    "Apply {title} to its cards (department, user, location)?": "按 {title} 调整资产卡片（部门、使用人、存放地点）？",
    "Release (giving department signs)": "转出部门签字交接", "Apply the transfer to the cards": "办理转移、调整卡片",
    "Record the completed repair": "登记维修完成", "Draft the disposal voucher": "生成处置凭证", "Assets": "资产",
    "Use and location": "使用与存放",
    # the details pane of the asset documents (DocumentSummary)
    "Scale": "规模", "External approval": "上级批复", "Storage media": "存储介质", "From department": "转出部门",
    "From custodian": "原使用人", "To department": "转入部门", "To custodian": "新使用人", "Transfer date": "转移日期",
    "Fault": "故障情况", "Repair mode": "维修方式", "Damage caused by": "损坏责任人", "Counted on": "盘点日期",
})

# issue 13 stocktake GUI (gui-count): counts and the scanner, the surplus/shortage report, labels,
# depreciation, asset reports
ZH.update({
    # counts
    "New count": "新建盘点", "New count…": "新建盘点…", "A location (a whole room)": "存放地点（整间）",
    "A department": "部门", "Count title:": "盘点名称：", "Count title": "盘点名称", "What is counted:": "盘点范围：",
    "Count date:": "盘点日期：", "Count date": "盘点日期", "Location or department": "存放地点或部门",
    "Counted jointly by the asset manager, finance staff and the users (ASSET-06):":
        "由资产管理员、财会人员和使用人员共同盘点（ASSET-06）：",
    "Print labels…": "打印标签…", "Report no.": "报告单号", "{year} annual count": "{year}年度资产清查",
    "Counting": "盘点中", "Report in approval": "报告审批中", "Cards adjusted": "已调整账卡",
    # the count screen
    "← All counts": "← 全部盘点", "Print count sheet…": "打印盘点表…", "Surplus/shortage report…": "生成盘盈盘亏报告…",
    "Approval sheet…": "审批单…", "Adjust cards": "调整卡片",
    "Scan a label or type the asset number, then Enter": "扫描标签或输入资产编号后按回车",
    "Scans (latest first)": "扫描记录（最新在上）", "Scan:": "扫描：", "Found {found} / {expected}": "已盘到 {found} / {expected}",
    "from elsewhere {n}": "他处资产 {n}", "unknown {n}": "未知标签 {n}", "Not found yet: {n}": "尚未盘到：{n}",
    "Found": "盘到", "Already scanned": "已扫描过", "Unknown tag": "未知标签", "Belongs elsewhere": "属其他地点",
    "Count sheet": "盘点表", "The cards were adjusted as the approved report says.": "已按批准的报告调整资产卡片。",
    # the surplus/shortage report
    "Surplus/shortage report": "盘盈盘亏报告",
    "Each surplus and shortage needs its cause and the proposed handling; the cards change only after the report is approved (ASSET-06).":
        "每项盘盈、盘亏都须查明原因并提出处理意见；报告批准后才调整资产卡片（ASSET-06）。",
    "Add a surplus": "添加盘盈", "Remove surplus row": "删除盘盈行", "Submit for approval…": "提交审批…",
    "Asset or description": "资产或名称规格", "Value (yuan)": "金额（元）", "Cause": "原因", "Handling": "处理意见",
    "Shortage": "盘亏", "Surplus": "盘盈", "Surplus {surplus} · shortage {shortage}": "盘盈 {surplus} · 盘亏 {shortage}",
    "Line {n}: the cause is missing": "第{n}行：请查明并填写原因",
    "Line {n}: the proposed handling is missing": "第{n}行：请提出处理意见",
    "Line {n}: describe the asset": "第{n}行：请写明资产名称及规格",
    "Line {n}: choose the category": "第{n}行：请选择资产分类",
    "Line {n}: enter the estimated value": "第{n}行：请填写估计价值",
    # labels
    "Asset labels": "资产标签", "Make labels": "生成标签", "Label stock:": "标签纸：", "No cards to label.": "没有可打印标签的资产。",
    "Selected cards ({n})": "所选资产（{n} 张）", "{n} label(s) on {pages} page(s)": "{n} 个标签，共 {pages} 页",
    # depreciation
    "Preview": "预览", "Run depreciation": "计提折旧", "Reconcile with the ledger": "与总账核对",
    "The month's depreciation, card by card": "本月折旧明细（逐卡）",
    "Draft acquisition voucher for the selected": "为所选资产生成入账凭证", "Runs": "计提记录",
    "Acquisition vouchers": "入账凭证", "Acquisition vouchers ({n})": "待生成入账凭证（{n}）",
    "Monthly amount": "月折旧额", "Expense account": "费用科目", "Month": "月份", "Cards": "资产数",
    "Voucher": "凭证", "Run by": "计提人", "Run at": "计提时间", "Acquired on": "取得日期",
    "Accepted cards with no acquisition voucher yet:": "已验收、尚未生成入账凭证的资产：",
    "Not run yet for this month.": "本月尚未计提折旧。",
    "Depreciation for {period} is done: {n} card(s), {total}.": "{period} 折旧已计提：{n} 项资产，{total}。",
    "Depreciation for {period} run: {n} card(s), {total}.": "{period} 折旧计提完成：{n} 项资产，{total}。",
    "Depreciation for {period} was already run: nothing changed ({n} card(s), {total}).":
        "{period} 已计提过折旧，本次未作任何改动（{n} 项资产，{total}）。",
    "Voucher {no}…": "凭证 {no}…", "Acquisition voucher drafted for {n} card(s).": "已为 {n} 项资产生成入账凭证。",
    "{period}: {n} card(s), total {total}": "{period}：{n} 项资产，合计 {total}",
    "✓ Cards and ledger agree: original value {original}, accumulated depreciation {accumulated}.":
        "✓ 账卡相符：原值 {original}，累计折旧 {accumulated}。",
    "✗ Cards and ledger differ:": "✗ 卡片与总账不符：", " (difference {diff})": "（差额 {diff}）",
    "{what}: cards {cards}, ledger {ledger}": "{what}：卡片 {cards}，总账 {ledger}",
    # reports
    "Asset ledger": "资产台账", "Additions and disposals": "资产增减变动表", "Depreciation schedule": "折旧明细表",
    "Counts by category or department": "资产分类/部门统计", "By category": "按资产分类",
    "By department": "按部门", "Print / PDF…": "打印/PDF…", "Exported": "已导出", "Report:": "报表：", "As of:": "截至：",
    "Counted:": "统计：", "{n} line(s)": "共 {n} 行", "Writing {title}…": "正在写入{title}…",
    # more columns
    "Scans": "扫描次数", "Counted by": "盘点人员", "{m} mo.": "{m}月", "Opening (cards)": "期初数量",
    "Opening value": "期初原值", "Added (cards)": "本期增加数量", "Added value": "本期增加原值",
    "Removed (cards)": "本期减少数量", "Removed value": "本期减少原值", "Closing (cards)": "期末数量",
    "Closing value": "期末原值", "Depreciation charged": "本期计提折旧", "Year total": "全年合计",
    "✗ The month totals differ from the runs' totals.": "✗ 各月合计与计提记录不符。",
    "(the first {shown} shown: export to Excel or print for all)": "（仅显示前 {shown} 行：全部内容请导出Excel或打印）",
})

# issue 14 supplies GUI (gui-stock): the 办公用品 page, stock and catalogue, receipts, issues
ZH.update({
    # the page and the terms (SupplyTerms)
    "Stock": "库存", "Issues": "领用", "Purchase plans and quotes": "采购计划与询价", "Loans": "借用",
    "Counts": "盘点", "Approval documents": "审批文件", "General supplies": "一般办公用品",
    "Special supplies": "特殊办公用品", "Returned to stock": "退库", "Count surplus": "盘盈",
    "Count shortage": "盘亏", "Stock in": "入库", "Item code": "编号", "Item name": "品名",
    "Unit of measure": "单位", "Balance quantity": "结存数量", "Bought": "采购入库", "Stock received": "入库",
    # stock and the catalogue
    "Code, name, specification": "编号、名称、规格", "At or below reorder level only": "仅显示低于补货线的",
    "Store:": "存放地点：", "Stock card…": "明细账…", "New item…": "新增物品…", "Edit item…": "修改物品…",
    "Stop / resume using the item": "停用/启用物品", "Add a store…": "新增存放地点…", "Store": "存放地点",
    "On hand": "现有", "Lent out": "借出", "Available": "可领用", "Average cost": "平均单价",
    "Reorder level": "补货线", "At or below the reorder level": "已到或低于补货线",
    "{n} line(s), {low} at or below reorder level": "共 {n} 行，{low} 行已到或低于补货线",
    "Add a store": "新增存放地点", "Name of the store:": "存放地点名称：", "Item {code}": "物品 {code}",
    "New office-supply item": "新增办公用品", "Left empty: the next number (BG0001…)": "不填则自动编号（BG0001…）",
    "On the government procurement catalogue (not bought by the office itself) [SUPPLY-07]":
        "列入政府采购目录（不得自行采购）[SUPPLY-07]",
    "Fixed-asset category when a unit qualifies as a fixed asset": "单价达到固定资产标准时的资产分类",
    "Lent out, not issued (equipment such as cameras) [SUPPLY-14]": "只借不领（照相机等设备）[SUPPLY-14]",
    "Reorder level:": "补货线：", "Fixed-asset category:": "固定资产分类：",
    "Stock card": "明细账", "Stock card: {code} {name}": "明细账：{code} {name}",
    "{name} {spec} · unit {unit} · {kind} · on loan {loan}": "{name} {spec} · 单位 {unit} · {kind} · 借出 {loan}",
    "Movement": "摘要", "Reference": "单据号", "In": "收入", "Out": "发出", "Balance value": "结存金额",
    "Recorded by": "经办人", "Movements {first}–{last} of {total}": "第 {first}–{last} 笔，共 {total} 笔",
    # receipts
    "Receive an order…": "采购入库…", "Opening stock…": "期初库存…", "Open / print…": "查看/打印…",
    "Receipt no.": "入库单号", "Received on": "入库日期", "Checked by": "验收人",
    "{n} receipt(s) await a voucher": "{n} 张入库单待生成凭证", "Opening stock": "期初库存",
    "Receive goods ordered": "采购入库", "Add a line": "添加一行", "Remove the line": "删除该行",
    "Purchase ordered:": "采购单：", "Received on:": "入库日期：", "Checked by (office) [SUPPLY-08]:":
        "验收人（办公室）[SUPPLY-08]：", "Invoice no.:": "发票号码：", "(choose the purchase)": "（请选择采购单）",
    "Ordered": "采购数量", "Received before": "已入库", "Still to come": "未到货", "Received now": "本次入库",
    "Unit price": "单价", "Spec. as ordered": "规格相符", "Quality good": "质量合格", "User (if a fixed asset)": "使用人（固定资产）", "Total: ¥{total}": "合计：¥{total}",
    "Receipt": "入库单", "Receipt sheet (PDF)…": "入库单（PDF）…", "Draft the voucher": "生成记账凭证",
    "Receipt {no}": "入库单 {no}",
    "<b>{no}</b> · received {on} into {store} · checked by {checker}<br>purchase {purchase} · supplier {supplier} · invoice {invoice} · total ¥{total} · voucher {voucher} · claim {claim}":
        "<b>{no}</b> · {on} 入库（{store}）· 验收人 {checker}<br>采购单 {purchase} · 供应商 {supplier} · 发票 {invoice}"
        " · 合计 ¥{total} · 凭证 {voucher} · 报销单 {claim}",
    "Asset card": "资产卡片", "The voucher is drafted: {no}": "已生成记账凭证：{no}",
    # issues
    "Not signed for only": "仅显示未签收的", "Issue supplies…": "发放领用…", "Sign for it": "签收",
    "Collectors…": "领用人…", "Holdings and hand-back…": "个人保管与交回…", "Issue register (PDF)…": "领用登记（PDF）…",
    "{n} issue(s) await your signature": "{n} 笔领用待您签收", "✗ not signed": "✗ 未签收", "Issue no.": "领用单号",
    "Collector": "领用人", "Issued on": "领用日期", "Lines": "品种数", "Signed for": "签收",
    "Issue register": "办公用品发放登记", "Issue supplies to a section": "发放办公用品",
    "Old one returned": "交旧领新", "Old item returned": "交回旧物", "Approval (special item)": "审批文号（特殊用品）",
    "Held by": "保管人",
    "A special item is issued only in exchange for the old one (交旧领新) or with its approval [SUPPLY-10]; never more than is available [SUPPLY-09].":
        "特殊办公用品须交旧领新或经领导审批后领用 [SUPPLY-10]；领用数量不得超过可领用数量 [SUPPLY-09]。",
    "Issued on:": "领用日期：", "No collector named for this section [SUPPLY-09]": "该股室尚未指定领用人 [SUPPLY-09]",
    "Collector: {name} (signs for the issue)": "领用人：{name}（签收）",
    "The old one was handed in (exchange for the new one)": "已交回旧物（交旧领新）",
    "What was handed in": "交回的旧物", "Approval no. if no old one": "无旧物时的审批文号", "Issue": "领用单",
    "Issue {no}": "领用单 {no}",
    "<b>{no}</b> · {department} · collector {collector} · issued {on} · {signed}":
        "<b>{no}</b> · {department} · 领用人 {collector} · {on} 领用 · {signed}",
    "signed for {at}": "{at} 已签收", "not signed for yet": "尚未签收", "Approval": "审批文号",
    "Collectors of the sections": "各股室领用人", "Name as collector": "指定为领用人",
    "Holdings and hand-back": "个人保管与交回", "Hand back into stock…": "交回入库…", "Issued": "领用",
    "On loan": "借用中", "Since": "起始日期", "Hand back into stock": "交回入库", "Condition of the item:": "物品状况：",
})

# issue 14 purchasing: the supply_purchase document's summary rows (document_summary.py)
ZH.update({
    "Purchase no.": "采购编号", "Procurement catalogue": "政府采购目录",
})

# issue 14 supplies GUI (gui-flow): plans and quotes, loans, counts, reports, the home page's 办公用品 to-dos
ZH.update({
    # plans and purchases
    "Half-year:": "半年度：", "First half-year": "上半年", "Second half-year": "下半年",
    "Half-year plans": "半年度使用计划", "Purchases and quotes": "采购与询价", "Add catalogue item": "添加目录物品",
    "Add a new item (described)": "添加新物品（文字描述）", "Remove line": "删除行", "Save plan": "保存计划",
    "Submit to the office": "提交办公室", "Note for the office (optional)": "给办公室的备注（可选）",
    "not started": "未填报", "My section's plan for {period} — {state} · due {due}": "本股室{period}办公用品使用计划 — {state} · 截止 {due}",
    "Describe the new item: name, specification, unit": "描述新物品：名称、规格、单位",
    "Estimated total: {total}": "预计金额合计：{total}", "Plan submitted": "计划已提交",
    "Your section's plan was sent to the office.": "本股室的使用计划已提交办公室。",
    "Plan of {department}": "{department}的使用计划", "{department} · {state} · due {due}": "{department} · {state} · 截止 {due}",
    "Plans of every section (office)": "各股室使用计划（办公室汇总）", "Open plan": "查看计划",
    "Consolidate and submit…": "汇总并报批…", "Ad-hoc purchase request…": "临时采购申请…", "Open purchase…": "查看采购…",
    "Estimated total": "预计金额", "Submitted by": "提交人", "Submitted at": "提交时间",
    "Not submitted yet: {names}": "尚未提交：{names}", "Every section has submitted its plan.": "各股室均已提交使用计划。",
    "Half-year plan": "半年度计划", "Ad-hoc": "临时采购", "Chosen supplier": "选定供应商", "Chosen total": "成交金额",
        "Ad-hoc purchase request": "临时采购申请", "Add line": "添加行", "Est. unit price": "预计单价",
    "Why it cannot wait for the half-year plan": "不能等半年度计划的原因", "Lines:": "明细：",
    "Only the office buys [SUPPLY-01]; the preset's chain approves, with a collective decision at its threshold [SUPPLY-04].":
        "办公用品一律由办公室统一采购 [SUPPLY-01]；按规则预设的审批链审批，达到限额的须集体决策 [SUPPLY-04]。",
    "Add a quote": "登记报价", "Government agreement supplier or designated unit [SUPPLY-06]": "政府采购协议供货商或定点单位 [SUPPLY-06]",
    "Quoted total (yuan):": "报价金额（元）：", "Quoted on:": "报价日期：",
    "Choose the supplier": "选定供应商", "Why this supplier (lowest price, agreement supplier …)": "选定理由（价格最低、协议供货商……）",
    "For items on the government procurement catalogue [SUPPLY-07]": "政府集中采购目录内物品填写 [SUPPLY-07]",
    "Quote:": "报价：", "Procurement approval no.:": "政府采购审批编号：",
    "Three suppliers' quotes at least, gathered by two people at least who have each confirmed [SUPPLY-05].":
        "须至少2人对3户以上供应商询价，且每位询价人均已确认 [SUPPLY-05]。",
    "Name the enquirers": "指定询价人员", "Enquirers:": "询价人员：", "Cancel the purchase": "取消采购",
    "Why the purchase is cancelled": "取消采购的原因", "Quotes [SUPPLY-05]": "询价记录 [SUPPLY-05]",
    "Add quote…": "登记报价…", "Choose supplier…": "选定供应商…", "Name enquirers…": "指定询价人员…",
    "Confirm my enquiry": "确认本人询价", "Purchase plan sheet…": "采购计划表…", "Quotation comparison…": "询价比价表…",
    "Cancel purchase…": "取消采购…",
    "<b>{no}</b> {title} · {kind} · {department} · {state} · approval: {doc} · estimated {total}":
        "<b>{no}</b> {title} · {kind} · {department} · {state} · 审批：{doc} · 预计 {total}",
    "Section": "股室", "Received": "已入库", "Agreement supplier": "协议供货商", "Quoted total": "报价金额",
    "Quoted on": "报价日期", "Chosen": "选定", "Enquirers: {names}": "询价人员：{names}", "none named yet": "尚未指定",
    "confirmed": "已确认", "not confirmed": "未确认", "Chosen because: {reason}": "选定理由：{reason}",
    "Procurement approval: {ref}": "政府采购审批：{ref}", "Purchase plan": "采购计划表",
    "Quotation comparison": "询价比价表",
    "Submitted. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.":
        "已提交。您没有有效的签名证书，审批单未签名；请联系系统管理员签发。",
    # loans
    "Borrow equipment": "借用设备", "(main store)": "（主库房）", "From store:": "借出库房：", "What the equipment is needed for": "借用用途", "(myself)": "（本人）",
    "Item:": "物品：", "Return by:": "归还期限：", "Borrower:": "借用人：",
    "The office head consents; the keeper and you then check the item and both sign [SUPPLY-14].":
        "经办公室负责人签字同意后借用；保管人与借用人共同检查物品并分别签字 [SUPPLY-14]。",
    "Consent to the loan": "同意借用", "Refuse the loan": "不同意借用", "Loan:": "借用单：",
    "Sign for lending": "借出签字", "The condition you checked, e.g. 完好，配件齐全": "检查的物品状况，如：完好，配件齐全",
    "Condition:": "物品状况：", "Sign for the return": "归还签字", "The condition you checked at return": "归还时检查的物品状况",
    "Damaged": "损坏", "Lost": "丢失", "Damage or loss:": "损坏或丢失：",
    "Compensation (yuan) [SUPPLY-12]:": "赔偿金额（元）[SUPPLY-12]：", "All loans": "全部借用", "Waiting for me": "待我处理",
    "Overdue": "逾期未还", "Borrow…": "借用申请…", "Consent…": "同意…", "Refuse…": "不同意…",
    "Sign for lending…": "借出签字…", "Sign for return…": "归还签字…", "Loan sheet…": "借用单…", "Show:": "显示：",
    "Loan no.": "借用单号", "Borrower": "借用人", "Return by": "归还期限", "(overdue)": "（逾期）",
    "{n} loan(s)": "共 {n} 笔借用", "{n} overdue": "逾期 {n} 笔", "Loan sheet {no}": "借用单 {no}",
    # counts
    "Start a count": "开始盘点", "Start a count…": "开始盘点…",
    "The book quantities are fixed when the count starts; the office checks the stock every half year [SUPPLY-11].":
        "开始盘点时固定账面数量；办公室每半年检查一次，确保账物相符 [SUPPLY-11]。",
    "← Counts": "← 盘点列表", "Save counts": "保存盘点数", "Report differences…": "差异报批…", "Adjust stock": "调整库存",
    "Type the counted quantity; explain every difference, naming the person liable and any compensation [SUPPLY-11, SUPPLY-12].":
        "填写实盘数量；每项差异须说明原因，并注明责任人及赔偿金额 [SUPPLY-11, SUPPLY-12]。",
    "Book": "账面数", "Counted": "实盘数", "Explanation": "差异说明", "Person liable": "责任人", "Compensation": "赔偿金额",
    "{no}  {store}  counted on {day}": "{no}  {store}  盘点日期 {day}", "State: {state}": "状态：{state}",
    "(nobody)": "（无）", "The stock was adjusted as the approved report says.": "已按批准的差异报告调整库存。",
    "Count no.": "盘点单号", "Half-year": "半年度", "Report": "差异报告", "Items in store": "品种数",
    # reports
    "Month {m}": "{m}月", "(all stores)": "（全部库房）", "Stock movements of": "收发存报表：",
    "(all sections)": "（全部股室）", "Section:": "股室：", "Opening qty": "期初数量", "In qty": "收入数量",
    "In value": "收入金额", "Out qty": "发出数量", "Out value": "发出金额", "Closing qty": "结存数量",
    "{n} item(s)": "共 {n} 种",
    "✗ Closing differs from the stock kept: {items}": "✗ 结存与库存账不符：{items}", "Stock movements": "收发存报表", "Writing the stock movement report…": "正在写入收发存报表…",
    # the home page's 办公用品 to-dos
    "Overdue loan": "借用逾期", "Low stock": "库存不足", "Issue to sign for": "待签收领用", "Loan waiting for you": "待处理借用",
    "Enquiry to confirm": "待确认询价", "{who}, due {due}": "{who}，应于 {due} 归还",
    "{n} line(s), {value}, issued {day}": "{n} 项，{value}，{day} 发放",
    "{store}: {quantity} {unit} (reorder at {level})": "{store}：{quantity} {unit}（补货线 {level}）",
    "{n} quote(s) recorded": "已登记 {n} 家报价", "Nothing in office supplies is waiting for you.": "暂无待办的办公用品事项。",
    "Office supplies ({n})": "办公用品（{n}）",
})
