<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message>
            <location filename="../desktop/ui/document_summary.py" line="109" />
            <location filename="../desktop/ui/document_summary.py" line="257" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="110" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Route</source>
            <translation>行程</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Transport</source>
            <translation>交通工具</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Class</source>
            <translation>席别/舱位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <location filename="../desktop/ui/document_summary.py" line="164" />
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="154" />
            <source>Receipts</source>
            <translation>单据张数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <location filename="../desktop/ui/document_summary.py" line="242" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Guests</source>
            <translation>来宾</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Accompanying</source>
            <translation>陪餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="163" />
            <source>Per head</source>
            <translation>人均</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="189" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Allowed</source>
            <translation>准予报销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Paid by the traveller</source>
            <translation>个人自理</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="191" />
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="211" />
            <source>filed {filed}, departed {start}</source>
            <translation>{filed}填报，{start}出发</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="215" />
            <source>Filed after departure (补报)</source>
            <translation>出差后补报</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="220" />
            <source>Late claim, after the deadline</source>
            <translation>逾期报销，报销期限为</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="224" />
            <source>Over budget: {amount} yuan claimed, {left} yuan remain on {line}</source>
            <translation>超预算：本单 {amount} 元，预算指标 {line} 仅余 {left} 元</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>#</source>
            <translation>序</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="235" />
            <source>Issuer</source>
            <translation>开票单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="242" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="242" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="250" />
            <source>Budget line</source>
            <translation>预算指标</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="250" />
            <source> (charged at payment)</source>
            <translation>（付款时列支）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Line</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Approved amount</source>
            <translation>批复金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Spent</source>
            <translation>已支出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Committed</source>
            <translation>已占用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="252" />
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="257" />
            <source>Payment</source>
            <translation>付款</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../desktop/ui/about_dialog.py" line="22" />
            <source>&lt;p&gt;Office and finance work of a county medical insurance bureau: approvals, seals, expenses, assets, supplies, travel, reception, vehicles and meetings.&lt;/p&gt;</source>
            <translation>&lt;p&gt;县级医疗保障局机关办公与财务管理：审批、印章、报销、资产、办公用品、差旅、接待、用车与会议。&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/about_dialog.py" line="22" />
            <source>&lt;p&gt;Database: {db}&lt;/p&gt;</source>
            <translation>&lt;p&gt;数据库：{db}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../forms/about_dialog.ui" line="6" />
            <source>About Bureau Desk</source>
            <translation>关于机关办公财务系统</translation>
        </message>
    </context>
    <context>
        <name>AcceptDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="23" />
            <source>Accept an asset</source>
            <translation>资产验收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="25" />
            <source>Accepted: as ordered and working</source>
            <translation>合格：与订购一致，运行正常</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="28" />
            <source>Not accepted (refuse or reduce payment, ask for a replacement)</source>
            <translation>不合格（拒付或少付，要求更换）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="33" />
            <source>Card:</source>
            <translation>资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="36" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="38" />
            <source>The card becomes active once its user and the asset manager have both accepted it [ASSET-11].</source>
            <translation>使用人和资产管理员均验收合格后，卡片转为在用 [ASSET-11]。</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="35" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="36" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="36" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="36" />
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="39" />
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="39" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="39" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="40" />
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="40" />
            <source>Failed sign-ins</source>
            <translation>连续登录失败</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="41" />
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="60" />
            <source>Activate</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="61" />
            <location filename="../forms/accounts_page.ui" line="34" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="78" />
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/accounts_page.py" line="79" />
            <source>New initial password for {username} (to be changed at next sign-in):</source>
            <translation>为 {username} 设置新的初始密码（下次登录时须修改）：</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="9" />
            <source>New account</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="11" />
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="13" />
            <source>Username:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="15" />
            <source>Initial password:</source>
            <translation>初始密码：</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="17" />
            <source>Create account</source>
            <translation>创建账户</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="32" />
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <location filename="../forms/accounts_page.ui" line="33" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="41" />
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="41" />
            <source>Return for correction</source>
            <translation>退回修改</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="42" />
            <source>Reject</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="45" />
            <source>&lt;b&gt;{serial}&lt;/b&gt; {title}&lt;br&gt;{kind} · {amount} yuan · step: {step}</source>
            <translation>&lt;b&gt;{serial}&lt;/b&gt; {title}&lt;br&gt;{kind} · {amount} 元 · 当前环节：{step}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="52" />
            <source>(no record linked)</source>
            <translation>（不关联记录）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="65" />
            <source>Agreed</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="70" />
            <source>The approval sheet has been issued: your signature goes into this step's field, so your signing passphrase is needed.</source>
            <translation>本单据已签发审批单：您的签名将签入本环节的签名栏，须输入签名口令。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="73" />
            <source>This document's approval sheet was not issued with a signature; the passphrase may be left empty.</source>
            <translation>本单据的审批单未经签名签发，签名口令可不填。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="75" />
            <source>Opinion (required):</source>
            <translation>意见（必填）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/action_dialog.py" line="75" />
            <location filename="../forms/action_dialog.ui" line="43" />
            <source>Opinion:</source>
            <translation>意见：</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="16" />
            <source>Reasons for returning (state them all at once)</source>
            <translation>退回原因（一次性告知全部问题）</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="21" />
            <source>Type one reason and press Add</source>
            <translation>输入一条原因后点“添加”</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="22" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="23" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="31" />
            <source>Collective decision record</source>
            <translation>集体决策记录</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="33" />
            <source>This step needs the minute of the collective decision that approved the item.</source>
            <translation>本环节须关联集体决策（会议纪要）记录。</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="37" />
            <source>Record new minute…</source>
            <translation>登记新纪要…</translation>
        </message>
        <message>
            <location filename="../forms/action_dialog.ui" line="56" />
            <source>Signing passphrase:</source>
            <translation>签名口令：</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="35" />
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="36" />
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="37" />
            <source>Return</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="38" />
            <source>Reject</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="39" />
            <source>Archive</source>
            <translation>归档</translation>
        </message>
    </context>
    <context>
        <name>AddQuoteDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="108" />
            <source>Add a quote</source>
            <translation>登记报价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="115" />
            <source>Government agreement supplier or designated unit [SUPPLY-06]</source>
            <translation>政府采购协议供货商或定点单位 [SUPPLY-06]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="119" />
            <source>Supplier:</source>
            <translation>供货单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="120" />
            <source>Quoted total (yuan):</source>
            <translation>报价金额（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="121" />
            <source>Quoted on:</source>
            <translation>报价日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="123" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
    </context>
    <context>
        <name>AdhocDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="40" />
            <source>Ad-hoc purchase request</source>
            <translation>临时采购申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="50" />
            <source>Add line</source>
            <translation>添加行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="52" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="56" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="58" />
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="93" />
            <source>Est. unit price</source>
            <translation>预计单价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="64" />
            <source>Why it cannot wait for the half-year plan</source>
            <translation>不能等半年度计划的原因</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="65" />
            <source>Item:</source>
            <translation>物品：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="66" />
            <source>Lines:</source>
            <translation>明细：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="67" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="69" />
            <source>Only the office buys [SUPPLY-01]; the preset's chain approves, with a collective decision at its threshold [SUPPLY-04].</source>
            <translation>办公用品一律由办公室统一采购 [SUPPLY-01]；按规则预设的审批链审批，达到限额的须集体决策 [SUPPLY-04]。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="93" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="93" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="24" />
            <source>Departments</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="24" />
            <source>People and positions</source>
            <translation>人员与岗位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="25" />
            <source>Accounts</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="25" />
            <source>Signing certificates</source>
            <translation>签名证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="26" />
            <source>Rule preset</source>
            <translation>规则预设</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="26" />
            <source>Holidays</source>
            <translation>节假日</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="27" />
            <source>Audit trail</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/admin_page.py" line="28" />
            <source>Backup and restore</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="282" />
            <source>The first administrator</source>
            <translation>首个系统管理员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="284" />
            <source>The system administrator sets up people, accounts and signing certificates. This account holds no business post (SEC-13).</source>
            <translation>系统管理员负责设置人员、账户和签名证书。该账户不担任任何业务岗位（SEC-13）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="288" />
            <source>System administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="293" />
            <source>User name:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="294" />
            <source>Display name:</source>
            <translation>显示姓名：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="295" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="296" />
            <source>Password again:</source>
            <translation>再次输入密码：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="302" />
            <source>Password rules: at least {n} characters with letters, digits and a special character; not containing the user name; not a demonstration password published in the README. After {failures} wrong passwords in a row the administrator must wait, longer each time (up to {max_wait} minutes).</source>
            <translation>密码要求：至少 {n} 位，须包含字母、数字和特殊字符；不得包含用户名；不得使用 README 中公开的演示密码。连续输错 {failures} 次后，管理员须等待一段时间再试，每次加倍（最长 {max_wait} 分钟）。</translation>
        </message>
    </context>
    <context>
        <name>AdvanceDialog</name>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="29" />
            <source>New advance request</source>
            <translation>新建借款单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="38" />
            <source>Required (VOUCH-05)</source>
            <translation>必填（VOUCH-05）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="49" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="53" />
            <source>Purpose (required):</source>
            <translation>用途（必填）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="54" />
            <source>Title:</source>
            <translation>事由：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="55" />
            <source>Amount (yuan):</source>
            <translation>金额（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="56" />
            <source>In words:</source>
            <translation>大写：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="57" />
            <source>Budget line:</source>
            <translation>预算指标：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="59" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="61" />
            <source>Save and submit…</source>
            <translation>保存并提交…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/advance_dialog.py" line="79" />
            <source>&lt;span style='color:#b42318'&gt;not an amount&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b42318'&gt;不是有效金额&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>ApplySealDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="347" />
            <source>Apply seal</source>
            <translation>盖章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="351" />
            <source>Apply the seal named by an approved seal use request to its document. Only the seal's custodian may apply it; click the page where the seal goes. The sealed document is locked against changes, and you sign the use register entry on the request sheet.</source>
            <translation>在已批准的用印申请所附文件上加盖所列印章。只有该印章的保管人可以用印；请在右侧页面上点击盖章位置。盖章后文件即锁定，不得再改动；您同时在用印申请单上签署用印登记。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="368" />
            <source>I have read the document to be sealed</source>
            <translation>已审阅用印文件内容</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="374" />
            <source>Seal use request:</source>
            <translation>用印申请：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="376" />
            <source>Witness (监印人):</source>
            <translation>监印人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="378" />
            <source>Your signing passphrase:</source>
            <translation>您的签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="391" />
            <source>Preview request sheet…</source>
            <translation>预览用印申请单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="396" />
            <source>Sealed document…</source>
            <translation>盖章文件…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="416" />
            <source>Seal: {seal} · to: {recipient} · copies: {copies} · requested by {who} · document no.: {no}</source>
            <translation>印章：{seal} · 发往：{recipient} · 份数：{copies} · 申请人：{who} · 文号：{no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="447" />
            <source>Sealed with {seal}: {title}. Entered in the use register as {no}.</source>
            <translation>已盖章（{seal}）：{title}。已登入用印登记簿，登记号 {no}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="403" />
            <source>There is no approved seal use request waiting for the seal.</source>
            <translation>没有已批准、待盖章的用印申请。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="454" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>AssetReportsPage</name>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="34" />
            <source>Asset ledger</source>
            <translation>资产台账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="35" />
            <source>Additions and disposals</source>
            <translation>资产增减变动表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="36" />
            <source>Depreciation schedule</source>
            <translation>折旧明细表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="37" />
            <source>Counts by category or department</source>
            <translation>资产分类/部门统计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="42" />
            <source>{m} mo.</source>
            <translation>{m}月</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="55" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="89" />
            <source>Asset no.</source>
            <translation>资产编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="56" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="90" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="57" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="75" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="97" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="58" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="59" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="100" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="60" />
            <source>Acquired on</source>
            <translation>取得日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="61" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="91" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="98" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="62" />
            <source>User</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="63" />
            <source>Location</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="64" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="65" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="101" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="66" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="102" />
            <source>Accumulated depreciation</source>
            <translation>累计折旧</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="68" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="104" />
            <source>Net value</source>
            <translation>净值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="71" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="86" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="95" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="107" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="76" />
            <source>Opening (cards)</source>
            <translation>期初数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="77" />
            <source>Opening value</source>
            <translation>期初原值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="78" />
            <source>Added (cards)</source>
            <translation>本期增加数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="79" />
            <source>Added value</source>
            <translation>本期增加原值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="80" />
            <source>Removed (cards)</source>
            <translation>本期减少数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="81" />
            <source>Removed value</source>
            <translation>本期减少原值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="82" />
            <source>Closing (cards)</source>
            <translation>期末数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="83" />
            <source>Closing value</source>
            <translation>期末原值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="85" />
            <source>Depreciation charged</source>
            <translation>本期计提折旧</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="92" />
            <source>Expense account</source>
            <translation>费用科目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="94" />
            <source>Year total</source>
            <translation>全年合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="99" />
            <source>Cards</source>
            <translation>资产数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="140" />
            <source>By category</source>
            <translation>按资产分类</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="141" />
            <source>By department</source>
            <translation>按部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="144" />
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="147" />
            <source>As of:</source>
            <translation>截至：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="145" />
            <source>From:</source>
            <translation>自：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="145" />
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="146" />
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="147" />
            <source>Counted:</source>
            <translation>统计：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="156" />
            <source>Show</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="157" />
            <source>Export Excel…</source>
            <translation>导出Excel…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="158" />
            <source>Print / PDF…</source>
            <translation>打印/PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="163" />
            <source>Report:</source>
            <translation>报表：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="236" />
            <source>{n} line(s)</source>
            <translation>共 {n} 行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="238" />
            <source>(the first {shown} shown: export to Excel or print for all)</source>
            <translation>（仅显示前 {shown} 行：全部内容请导出Excel或打印）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="242" />
            <source>✗ The month totals differ from the runs' totals.</source>
            <translation>✗ 各月合计与计提记录不符。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="253" />
            <source>Export Excel</source>
            <translation>导出Excel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="254" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="259" />
            <source>Writing {title}…</source>
            <translation>正在写入{title}…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="278" />
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="278" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_reports_page.py" line="289" />
            <source>{n} page(s)</source>
            <translation>共 {n} 页</translation>
        </message>
    </context>
    <context>
        <name>AssetTerms</name>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="21" />
            <source>Awaiting acceptance</source>
            <translation>待验收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="22" />
            <source>In use (active)</source>
            <translation>在用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="23" />
            <source>Idle</source>
            <translation>闲置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="24" />
            <source>Under repair</source>
            <translation>维修中</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="25" />
            <source>Being disposed of</source>
            <translation>处置中</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="26" />
            <source>Disposed of</source>
            <translation>已处置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="27" />
            <source>Failed acceptance</source>
            <translation>验收不合格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="28" />
            <source>Written off (shortage)</source>
            <translation>盘亏核销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="31" />
            <source>Purchase</source>
            <translation>购置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="32" />
            <source>Transferred in</source>
            <translation>调入</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="33" />
            <source>Donation received</source>
            <translation>接受捐赠</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="34" />
            <source>Other way</source>
            <translation>其他</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="37" />
            <source>Scrap</source>
            <translation>报废</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="38" />
            <source>Sale</source>
            <translation>出售</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="39" />
            <source>Transfer out</source>
            <translation>调出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/asset_terms.py" line="40" />
            <source>Donation</source>
            <translation>对外捐赠</translation>
        </message>
    </context>
    <context>
        <name>AssetTodo</name>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="26" />
            <source>Release (giving department signs)</source>
            <translation>转出部门签字交接</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="27" />
            <source>Apply the transfer to the cards</source>
            <translation>办理转移、调整卡片</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="28" />
            <source>Record the completed repair</source>
            <translation>登记维修完成</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="29" />
            <source>Record the external approval</source>
            <translation>登记上级批复</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="30" />
            <source>Close the disposal</source>
            <translation>处置完毕</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="31" />
            <source>Draft the disposal voucher</source>
            <translation>生成处置凭证</translation>
        </message>
    </context>
    <context>
        <name>AssetTransferFields</name>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="32" />
            <source>Assets transferred</source>
            <translation>转移资产</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="36" />
            <source>Asset no.</source>
            <translation>资产编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="36" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="36" />
            <source>Model</source>
            <translation>规格型号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="37" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="37" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="44" />
            <source>Receiving section:</source>
            <translation>调入部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="50" />
            <source>Section giving it up:</source>
            <translation>调出部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="53" />
            <source>Custodian until now:</source>
            <translation>原保管人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="56" />
            <source>New custodian:</source>
            <translation>新保管人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="59" />
            <source>Transfer date:</source>
            <translation>转移日期：</translation>
        </message>
    </context>
    <context>
        <name>AssetsPage</name>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="74" />
            <source>Fixed assets</source>
            <translation>固定资产</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="77" />
            <source>Asset cards</source>
            <translation>资产卡片</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="79" />
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="80" />
            <source>Transfer · repair · disposal</source>
            <translation>转移·维修·处置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="86" />
            <source>Stocktake</source>
            <translation>清查盘点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="87" />
            <source>Depreciation</source>
            <translation>折旧</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="88" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="145" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="146" />
            <source>Object</source>
            <translation>对象</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="146" />
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="146" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="154" />
            <source>No signed audit checkpoint yet: the audit post or the finance head should sign one.</source>
            <translation>尚无签名的审计检查点：请稽核或财务负责人签署。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="158" />
            <source>Latest signed checkpoint: entry {seq}, by {signer}, {when} ({hours} h ago, {reason})</source>
            <translation>最近的签名检查点：第 {seq} 条，{signer}，{when}（{hours} 小时前，{reason}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="164" />
            <source>older than one day: please sign today's checkpoint</source>
            <translation>已超过一天：请签署今天的检查点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="182" />
            <source>The audit trail is intact, but {n} business record field(s) differ from their recorded state: changed outside the application.</source>
            <translation>审计日志完整，但有 {n} 处业务记录与审计日志记录的状态不符：曾被绕过本系统改动。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="184" />
            <source>The audit trail is intact: {n} entries checked.</source>
            <translation>操作日志完整：已校验 {n} 条记录。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="178" />
            <source>The audit trail is BROKEN at entry {seq}: {reason}</source>
            <translation>操作日志在第 {seq} 条处被破坏：{reason}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="39" />
            <source>Also compare every business record with its recorded state</source>
            <translation>同时核对每条业务记录与审计日志记录的状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="41" />
            <source>Sign audit checkpoint…</source>
            <translation>签署审计检查点…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="63" />
            <source>Id or serial number</source>
            <translation>编号或单据号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="65" />
            <source>Dates from</source>
            <translation>日期从</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="76" />
            <source>Show</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="80" />
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="80" />
            <source>Record:</source>
            <translation>记录：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="81" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="93" />
            <source>Everybody</source>
            <translation>全部人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="97" />
            <source>Any record</source>
            <translation>全部记录</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="132" />
            <source>Changed field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="132" />
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="132" />
            <source>After</source>
            <translation>修改后</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/audit_page.py" line="190" />
            <source>Audit trail check</source>
            <translation>操作日志校验</translation>
        </message>
        <message>
            <location filename="../forms/audit_page.ui" line="9" />
            <source>Latest entries:</source>
            <translation>最近条数：</translation>
        </message>
        <message>
            <location filename="../forms/audit_page.ui" line="11" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../forms/audit_page.ui" line="14" />
            <source>Verify the chain</source>
            <translation>校验日志链</translation>
        </message>
    </context>
    <context>
        <name>AwaitingVouchersPage</name>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="117" />
            <source>Make voucher…</source>
            <translation>生成凭证…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="119" />
            <source>Open the proposed voucher to confirm or edit it</source>
            <translation>打开建议凭证，确认或修改后生成</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="120" />
            <source>Make as proposed</source>
            <translation>按建议直接生成</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="123" />
            <source>&lt;b&gt;Paid, awaiting a voucher&lt;/b&gt;</source>
            <translation>&lt;b&gt;已付款、待编制凭证&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Title</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="156" />
            <source>Claimant</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="157" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="157" />
            <source>Paid on</source>
            <translation>付款日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="161" />
            <source>{n} awaiting</source>
            <translation>{n} 笔待编</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="181" />
            <source>Proposed voucher: {date} · {summary} · {n} attachment(s)</source>
            <translation>建议凭证：{date} · {summary} · 附件 {n} 张</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Ledger account</source>
            <translation>会计科目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Debit amount</source>
            <translation>借方金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="187" />
            <source>Credit amount</source>
            <translation>贷方金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="188" />
            <source>Economic class</source>
            <translation>经济分类</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="188" />
            <source>Payee</source>
            <translation>收款人</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="20" />
            <source>Manual</source>
            <translation>手动</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="20" />
            <source>Daily</source>
            <translation>每日</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="21" />
            <source>Weekly</source>
            <translation>每周</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="22" />
            <source>Before restore</source>
            <translation>恢复前</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="26" />
            <source>Before upgrade</source>
            <translation>升级前</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="42" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="44" />
            <source>Sign an audit checkpoint (signing passphrase)</source>
            <translation>同时签署审计检查点（需根证书口令）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="45" />
            <source>Restore from a file…</source>
            <translation>从备份文件恢复…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="47" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="54" />
            <source>Backups made</source>
            <translation>已做的备份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="66" />
            <source>Schedule and places (SEC-09, ARCH-09)</source>
            <translation>备份计划与存放地点（SEC-09、ARCH-09）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="71" />
            <source>Backup folder:</source>
            <translation>备份文件夹：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="72" />
            <source>Second copy in (another disk or place):</source>
            <translation>第二份存放于（另一磁盘或地点）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="75" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="79" />
            <source>Daily backup</source>
            <translation>每日备份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="80" />
            <source>Weekly full backup</source>
            <translation>每周全备</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="85" />
            <source>keep</source>
            <translation>保留</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="89" />
            <source>Schedule:</source>
            <translation>备份计划：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="90" />
            <source>Save settings</source>
            <translation>保存设置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="97" />
            <source>Choose a folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="108" />
            <source> (rotated out)</source>
            <translation>（已轮换删除）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="109" />
            <source>OK</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="109" />
            <source>Failed: {error}</source>
            <translation>失败：{error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Made by</source>
            <translation>备份者</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="110" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="111" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="111" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="111" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="125" />
            <source>Last backup: {when}</source>
            <translation>上次备份：{when}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="126" />
            <source>none yet</source>
            <translation>尚无</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="131" />
            <source>No second copy place is set: important data are kept in two copies in different places (ARCH-09).</source>
            <translation>尚未设置第二份存放地点：重要数据应备份两份，存放在不同地点（ARCH-09）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="139" />
            <source>Signing passphrase</source>
            <translation>签名口令</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="140" />
            <source>Your signing passphrase for the audit checkpoint:</source>
            <translation>签署审计检查点的口令（系统管理员为根证书口令）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="151" />
            <source>Backup written: {path} ({size}).</source>
            <translation>备份已写入：{path}（{size}）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="153" />
            <source>Second copy: {path}</source>
            <translation>第二份：{path}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="154" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="157" />
            <source>Restore from a backup file</source>
            <translation>从备份文件恢复</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="159" />
            <source>Bureau Desk backups (*.bdbak)</source>
            <translation>机关办公财务系统备份 (*.bdbak)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="163" />
            <location filename="../desktop/ui/admin/backup_page.py" line="190" />
            <location filename="../desktop/ui/admin/backup_page.py" line="207" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="175" />
            <source>Replace ALL data of {current_bureau} ({current_docs} documents, {current_audit} audit entries, database {database})
with the backup of {bureau} made {created} by {maker}:
{content}
({docs} documents, {pdfs} stored PDFs, {keys} key containers, {audit} audit entries).

The current state is backed up first, and the file is checked before anything is replaced. Everybody must then sign in again.</source>
            <translation>将用 {maker} 于 {created} 制作的 {bureau} 备份：
{content}
（{docs} 份单据、{pdfs} 份已存PDF、{keys} 个密钥容器、{audit} 条审计日志）
替换 {current_bureau} 的全部现有数据（{current_docs} 份单据、{current_audit} 条审计日志，数据库 {database}）。

恢复前会先备份当前数据，并在替换前核验备份文件。恢复后所有人须重新登录。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="202" />
            <source>Restored and checked: {audit} audit entries, {pdfs} stored PDFs.</source>
            <translation>已恢复并核验：{audit} 条审计日志、{pdfs} 份已存PDF。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="205" />
            <source>The state before was backed up to {path}.</source>
            <translation>恢复前的数据已备份至 {path}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/backup_page.py" line="207" />
            <source>Please sign in again.</source>
            <translation>请重新登录。</translation>
        </message>
    </context>
    <context>
        <name>BooksPage</name>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="299" />
            <source>Books</source>
            <translation>账簿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="308" />
            <source>Vouchers</source>
            <translation>凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="308" />
            <source>Trial balance</source>
            <translation>科目余额表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="309" />
            <source>Ledger</source>
            <translation>明细账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="309" />
            <source>Cash and bank journals</source>
            <translation>日记账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="310" />
            <source>Month close</source>
            <translation>结账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="314" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>BudgetLineDialog</name>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="52" />
            <source>Edit budget line</source>
            <translation>修改预算指标</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="52" />
            <source>New budget line</source>
            <translation>新增预算指标</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="67" />
            <source>(whole bureau)</source>
            <translation>（全局）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="73" />
            <source>Special fund: only for its approved purpose (VOUCH-21)</source>
            <translation>专项资金：专款专用（VOUCH-21）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="77" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="84" />
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="85" />
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="86" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="87" />
            <source>Project:</source>
            <translation>项目：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="88" />
            <source>Economic class:</source>
            <translation>经济分类：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="89" />
            <source>Functional class:</source>
            <translation>功能分类：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="90" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="91" />
            <source>Approved amount (yuan):</source>
            <translation>批复金额（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="93" />
            <source>Purpose of the fund:</source>
            <translation>资金用途：</translation>
        </message>
    </context>
    <context>
        <name>BudgetPage</name>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="129" />
            <source>New budget line…</source>
            <translation>新增预算指标…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="131" />
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="143" />
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Budget code</source>
            <translation>指标编码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Line name</source>
            <translation>指标名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <source>Economic class</source>
            <translation>经济分类</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="163" />
            <location filename="../desktop/ui/claims/budget_page.py" line="166" />
            <source>Special fund</source>
            <translation>专项</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Approved amount</source>
            <translation>批复金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Spent</source>
            <translation>已支出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Committed</source>
            <translation>已占用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="164" />
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="165" />
            <source>Used</source>
            <translation>执行进度</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="165" />
            <source> (inactive)</source>
            <translation>（停用）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="182" />
            <source>Spent {spent} + committed {committed} of {approved}</source>
            <translation>已支出 {spent} + 已占用 {committed}，批复 {approved}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/budget_page.py" line="190" />
            <source>{n} lines · approved {approved} · spent {spent} · committed {committed} · remaining {remaining}</source>
            <translation>共 {n} 项 · 批复 {approved} · 已支出 {spent} · 已占用 {committed} · 剩余 {remaining}</translation>
        </message>
    </context>
    <context>
        <name>BureauPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="108" />
            <source>The bureau</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="109" />
            <source>Its full name as on its seal, and a short code used in file names and serial numbers.</source>
            <translation>单位全称（与公章一致），以及用于文件名和编号的简短代码。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="113" />
            <source>e.g. 通榆县医疗保障局</source>
            <translation>如 通榆县医疗保障局</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="116" />
            <source>e.g. TY</source>
            <translation>如 TY</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="118" />
            <source>Bureau name:</source>
            <translation>单位名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="119" />
            <source>Bureau code:</source>
            <translation>单位代码：</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="197" />
            <source>Cancel the purchase</source>
            <translation>取消采购</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="199" />
            <source>Why the purchase is cancelled</source>
            <translation>取消采购的原因</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="200" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>CardDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="41" />
            <source>Edit card {no}</source>
            <translation>修改卡片 {no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="42" />
            <source>Register a fixed asset</source>
            <translation>登记固定资产</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="67" />
            <source>Prior approval (document no. or reference) [ASSET-02]</source>
            <translation>事前审批（单据编号或批准文号）[ASSET-02]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="75" />
            <source>A batch of durable items of one kind (one card) [ASSET-01]</source>
            <translation>耐用一年以上的大批同类物资（一张卡片）[ASSET-01]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="77" />
            <source>Holds storage media (wiped before disposal)</source>
            <translation>含存储介质（处置前须安全清除）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="80" />
            <source>Already in use before this register (opening card, no acceptance)</source>
            <translation>建账前已在用（期初卡片，无须验收）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="88" />
            <source>Why the card changes (kept in its history)</source>
            <translation>修改原因（记入卡片历史）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="109" />
            <source>The asset</source>
            <translation>资产</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="111" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="116" />
            <source>Category (GB/T 14885):</source>
            <translation>资产分类（GB/T 14885）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="117" />
            <source>Specification / model:</source>
            <translation>规格型号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="120" />
            <source>Unit of measure:</source>
            <translation>计量单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="122" />
            <source>Quantity:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="125" />
            <source>Acquisition</source>
            <translation>取得</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="127" />
            <source>Original value (yuan):</source>
            <translation>原值（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="128" />
            <source>Acquired on:</source>
            <translation>取得日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="129" />
            <source>Acquired by:</source>
            <translation>取得方式：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="130" />
            <source>Funding source:</source>
            <translation>经费来源：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="131" />
            <source>Supplier:</source>
            <translation>供货单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="132" />
            <source>Contract no.:</source>
            <translation>合同编号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="133" />
            <source>Approval reference:</source>
            <translation>批准文号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="134" />
            <source>Use and location</source>
            <translation>使用与存放</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="136" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="137" />
            <source>User:</source>
            <translation>使用人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="138" />
            <source>Location:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="139" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="140" />
            <source>Opening card</source>
            <translation>期初卡片</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="143" />
            <source>Depreciated before (yuan):</source>
            <translation>建账前已提折旧（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="144" />
            <source>Months depreciated before:</source>
            <translation>建账前已提折旧月数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="158" />
            <source>Reason for the change:</source>
            <translation>修改原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="170" />
            <location filename="../desktop/ui/assets/card_dialog.py" line="180" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="187" />
            <source>not depreciated</source>
            <translation>不计提折旧</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_dialog.py" line="189" />
            <source>useful life {years} years</source>
            <translation>折旧年限 {years} 年</translation>
        </message>
    </context>
    <context>
        <name>CardList</name>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="50" />
            <source>Card no., name, specification (Ctrl+F)</source>
            <translation>卡片编号、名称、规格型号（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="58" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="58" />
            <source>Category:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="59" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="59" />
            <source>Location:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="65" />
            <source>Register an asset…</source>
            <translation>登记资产…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="66" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="67" />
            <source>Edit…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="68" />
            <source>Accept…</source>
            <translation>验收…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="69" />
            <source>Idle / back in use…</source>
            <translation>闲置/恢复在用…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="70" />
            <source>Change user or location…</source>
            <translation>调整使用人或地点…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="71" />
            <source>Request repair…</source>
            <translation>申请维修…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="72" />
            <source>Request transfer in…</source>
            <translation>申请调入…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="73" />
            <source>Request disposal…</source>
            <translation>申请处置…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="74" />
            <source>Holdings and departures…</source>
            <translation>保管与离岗交接…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="96" />
            <source>◀ Previous</source>
            <translation>◀ 上一页</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="98" />
            <source>Next ▶</source>
            <translation>下一页 ▶</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="133" />
            <source>Card no.</source>
            <translation>卡片编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="133" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="133" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="134" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="134" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="135" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="135" />
            <source>Date acquired</source>
            <translation>取得日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="136" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="136" />
            <source>User</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="136" />
            <source>Location</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="138" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="147" />
            <location filename="../desktop/ui/assets/card_list.py" line="150" />
            <location filename="../desktop/ui/assets/card_list.py" line="152" />
            <location filename="../desktop/ui/assets/card_list.py" line="154" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_list.py" line="180" />
            <source>Cards {first}–{last} of {total}</source>
            <translation>第 {first}–{last} 张，共 {total} 张</translation>
        </message>
    </context>
    <context>
        <name>CardPicker</name>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="39" />
            <source>Card no. or name, then Enter</source>
            <translation>输入卡片编号或名称后按回车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="44" />
            <source>Add ↓</source>
            <translation>加入 ↓</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="46" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_picker.py" line="57" />
            <source>Cards chosen:</source>
            <translation>已选资产：</translation>
        </message>
    </context>
    <context>
        <name>CardViewDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="60" />
            <source>Add photo or file…</source>
            <translation>添加照片或文件…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="63" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="75" />
            <source>Card</source>
            <translation>卡片</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="76" />
            <source>Acceptance</source>
            <translation>验收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="77" />
            <source>Card history</source>
            <translation>历史</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="78" />
            <source>Photos and files</source>
            <translation>照片及文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>What changed</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="103" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="104" />
            <source>Document no.</source>
            <translation>单据编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="111" />
            <source>batch of durable items</source>
            <translation>大批同类物资</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="112" />
            <source>storage media</source>
            <translation>含存储介质</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="114" />
            <source>Card no.</source>
            <translation>卡片编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="114" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="115" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="116" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="116" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="117" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="118" />
            <source>Accumulated depreciation</source>
            <translation>累计折旧</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="119" />
            <source>Net value</source>
            <translation>净值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="120" />
            <source>Date acquired</source>
            <translation>取得日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="121" />
            <source>Funding source</source>
            <translation>经费来源</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="121" />
            <source>Supplier</source>
            <translation>供货单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="122" />
            <source>Contract no.</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="122" />
            <source>Approval reference</source>
            <translation>批准文号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="123" />
            <source>Use and location</source>
            <translation>使用与存放</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="123" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="124" />
            <source>Marked</source>
            <translation>标记</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="124" />
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="132" />
            <source>User</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="133" />
            <source>Asset manager</source>
            <translation>资产管理员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="133" />
            <source>Accepted</source>
            <translation>合格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="134" />
            <source>Not accepted</source>
            <translation>不合格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>As</source>
            <translation>身份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>Accepted by</source>
            <translation>验收人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="136" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="137" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="141" />
            <source>Awaiting acceptance by: {who} [ASSET-11]</source>
            <translation>尚待验收：{who} [ASSET-11]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="144" />
            <source>Status: {status}</source>
            <translation>状态：{status}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="168" />
            <source>Add photo or file</source>
            <translation>添加照片或文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_view.py" line="170" />
            <source>Photos and documents (*.png *.jpg *.jpeg *.pdf *.ofd);;All files (*)</source>
            <translation>照片和文件 (*.png *.jpg *.jpeg *.pdf *.ofd);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>CashierPage</name>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="206" />
            <source>Pay…</source>
            <translation>付款…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="211" />
            <source>&lt;b&gt;Approved, waiting to be paid&lt;/b&gt;</source>
            <translation>&lt;b&gt;已审批、待付款&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="216" />
            <source>Day close (VOUCH-13)</source>
            <translation>日结（VOUCH-13）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="229" />
            <source>cash counted (cash only)</source>
            <translation>实点现金（仅现金）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="231" />
            <source>Close the day</source>
            <translation>日结</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="235" />
            <source>Account:</source>
            <translation>账户：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="235" />
            <source>Day:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="265" />
            <source>Expense claim</source>
            <translation>报销单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="266" />
            <source>Advance</source>
            <translation>借款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Title</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="267" />
            <source>Payee</source>
            <translation>收款人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="268" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="271" />
            <source>{n} to pay</source>
            <translation>待付 {n} 笔</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="310" />
            <source>&lt;span style='color:#b42318'&gt;“{text}” is not an amount&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b42318'&gt;“{text}”不是有效金额&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="315" />
            <source>{day}: {account} closed at {balance}</source>
            <translation>{day}：{account} 日结余额 {balance}</translation>
        </message>
    </context>
    <context>
        <name>CertificatesPage</name>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="153" />
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="153" />
            <source>Revoked</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="153" />
            <source>Expired</source>
            <translation>已过期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="154" />
            <source>Not yet valid</source>
            <translation>尚未生效</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="154" />
            <source>None</source>
            <translation>未颁发</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Job title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="172" />
            <source>Certificate</source>
            <translation>证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Subject</source>
            <translation>证书主题</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Serial number</source>
            <translation>序列号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Valid from</source>
            <translation>生效时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="173" />
            <source>Valid to</source>
            <translation>到期时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="204" />
            <source>Certificate issued</source>
            <translation>证书已颁发</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="205" />
            <source>Signing certificate issued for {name}: serial {serial}, valid to {valid_to}.</source>
            <translation>已为{name}颁发签名证书：序列号 {serial}，有效期至 {valid_to}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="226" />
            <location filename="../desktop/ui/admin/certificates_page.py" line="229" />
            <location filename="../desktop/ui/admin/certificates_page.py" line="237" />
            <location filename="../desktop/ui/admin/certificates_page.py" line="241" />
            <source>Export root certificate</source>
            <translation>导出根证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="226" />
            <source>This bureau has no root certificate yet.</source>
            <translation>本单位尚未建立根证书。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="230" />
            <source>PEM certificates (*.pem *.crt)</source>
            <translation>PEM证书文件 (*.pem *.crt)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="238" />
            <source>Cannot write {path}: {error}</source>
            <translation>无法写入 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="244" />
            <source>The root certificate was saved to {path}.

Recipients import it as a trusted root certificate in their PDF reader (e.g. Adobe Acrobat: Preferences → Signatures → Identities &amp; Trusted Certificates); the bureau's signatures then show as valid.</source>
            <translation>根证书已保存至 {path}。

收件人须在其PDF阅读器中将其导入为受信任的根证书（如 Adobe Acrobat：首选项 → 签名 → 身份与可信证书），本单位的签名方显示为有效。</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="9" />
            <source>Each person signs approval sheets with a personal certificate issued by the bureau's root certificate. The person chooses the signing passphrase at the administrator's desk; the private key is kept only encrypted with it.</source>
            <translation>每人以本单位根证书颁发的个人签名证书签署审批单。签名口令由本人在系统管理员处当面设定；私钥仅以该口令加密保存。</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="26" />
            <source>Recipients outside the bureau import the root certificate as a trusted root (trusted certificate) in their PDF reader; the signatures then show as valid.</source>
            <translation>外单位收件人须在其PDF阅读器中将根证书导入为受信任的根证书，签名方显示为有效。</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="30" />
            <source>Export root certificate…</source>
            <translation>导出根证书…</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="31" />
            <source>Issue certificate…</source>
            <translation>颁发证书…</translation>
        </message>
        <message>
            <location filename="../forms/certificates_page.ui" line="32" />
            <source>Revoke certificate…</source>
            <translation>吊销证书…</translation>
        </message>
    </context>
    <context>
        <name>ChainTable</name>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Key</source>
            <translation>键</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Label</source>
            <translation>环节名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="34" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If amount ≥</source>
            <translation>金额 ≥</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If amount &lt;</source>
            <translation>金额 &lt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If days &gt;</source>
            <translation>天数 &gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="35" />
            <source>If days ≤</source>
            <translation>天数 ≤</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="36" />
            <source>If category in</source>
            <translation>类别属于</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="36" />
            <source>If category not in</source>
            <translation>类别不属于</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="37" />
            <source>Collective if amount ≥</source>
            <translation>集体决策：金额 ≥</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="40" />
            <source>Collective if category in</source>
            <translation>集体决策：类别属于</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="43" />
            <source>first review</source>
            <translation>初审</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="43" />
            <source>recheck</source>
            <translation>复核</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="43" />
            <source>review</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="44" />
            <source>sign-off</source>
            <translation>审定</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="45" />
            <source>whole bureau</source>
            <translation>全局</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/chain_table.py" line="45" />
            <source>document's department</source>
            <translation>单据所属部门</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="26" />
            <source>Change signing passphrase</source>
            <translation>修改签名口令</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="30" />
            <source>The signing passphrase opens your signing certificate and the seals you keep; it is not your sign-in password. Every key it protects is re-encrypted with the new one. At least 8 characters with letters, digits and a special character.</source>
            <translation>签名口令用于打开您的个人签名证书和您保管的印章私钥，不是登录密码。修改后，由它保护的每个私钥都将用新口令重新加密。口令至少 8 位，须包含字母、数字和特殊字符。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="31" />
            <source>Current passphrase:</source>
            <translation>原签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="32" />
            <source>New passphrase:</source>
            <translation>新签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="33" />
            <source>Repeat new passphrase:</source>
            <translation>再次输入新口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="43" />
            <source>The two new passphrases differ.</source>
            <translation>两次输入的新口令不一致。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_passphrase_dialog.py" line="58" />
            <source>These keys were not encrypted with your old passphrase and were left as they were; ask the system administrator:
{keys}</source>
            <translation>以下私钥不是用您的原签名口令加密的，未作改动；请联系系统管理员：
{keys}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <location filename="../desktop/ui/change_password_dialog.py" line="22" />
            <source>You must choose a new password before you continue: at least 8 characters with letters, digits and a special character.</source>
            <translation>继续使用前须设置新密码：至少 8 位，包含字母、数字和特殊字符。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/change_password_dialog.py" line="29" />
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="6" />
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="10" />
            <source>Please choose a new password: at least 8 characters with letters, digits and a special character.</source>
            <translation>请设置新密码：至少 8 位，包含字母、数字和特殊字符。</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="16" />
            <source>Current password:</source>
            <translation>原密码：</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="18" />
            <source>New password:</source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location filename="../forms/change_password_dialog.ui" line="20" />
            <source>Repeat new password:</source>
            <translation>确认新密码：</translation>
        </message>
    </context>
    <context>
        <name>CheckpointDialog</name>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="22" />
            <source>Sign the audit checkpoint</source>
            <translation>签署审计检查点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="27" />
            <source>Sign the audit trail's current state with the bureau root certificate. Enter the root CA passphrase.</source>
            <translation>用本单位根证书签署审计日志的当前状态。请输入根证书口令。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="30" />
            <source>Sign the audit trail's current state with your signing certificate, so that nobody can rewrite it unnoticed. Enter your signing passphrase.</source>
            <translation>用您的个人签名证书签署审计日志的当前状态，使任何人都无法不被察觉地改写日志。请输入签名口令。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="32" />
            <source>You may skip this; the home page offers it again.</source>
            <translation>可以跳过；以后可在首页签署。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="38" />
            <source>Signing passphrase</source>
            <translation>签名口令</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="39" />
            <source>Root CA passphrase</source>
            <translation>根证书口令</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="42" />
            <source>Sign</source>
            <translation>签署</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="43" />
            <source>Skip</source>
            <translation>跳过</translation>
        </message>
        <message>
            <location filename="../desktop/ui/checkpoint_dialog.py" line="43" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ChooseDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="138" />
            <source>Choose the supplier</source>
            <translation>选定供应商</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="144" />
            <source>Why this supplier (lowest price, agreement supplier …)</source>
            <translation>选定理由（价格最低、协议供货商……）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="147" />
            <source>For items on the government procurement catalogue [SUPPLY-07]</source>
            <translation>政府集中采购目录内物品填写 [SUPPLY-07]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="148" />
            <source>Quote:</source>
            <translation>报价：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="149" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="150" />
            <source>Procurement approval no.:</source>
            <translation>政府采购审批编号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="152" />
            <source>Three suppliers' quotes at least, gathered by two people at least who have each confirmed [SUPPLY-05].</source>
            <translation>须至少2人对3户以上供应商询价，且每位询价人均已确认 [SUPPLY-05]。</translation>
        </message>
    </context>
    <context>
        <name>ClaimDialog</name>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="140" />
            <source>New travel claim</source>
            <translation>新建差旅费报销单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="144" />
            <source>Compute the breakdown</source>
            <translation>计算明细</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="146" />
            <source>Approved trip:</source>
            <translation>已批准的出差：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <location filename="../desktop/ui/travel_page.py" line="151" />
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="151" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="151" />
            <source>Lodged</source>
            <translation>住宿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="152" />
            <source>Lodging invoice</source>
            <translation>住宿发票金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="152" />
            <source>Hosted</source>
            <translation>会议/培训</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="152" />
            <source>Own vehicle</source>
            <translation>自带车辆</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="155" />
            <source>Days:</source>
            <translation>天数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <source>From</source>
            <translation>出发地</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="158" />
            <source>To</source>
            <translation>到达地</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="159" />
            <source>Means</source>
            <translation>交通工具</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="159" />
            <source>Fare</source>
            <translation>票价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="160" />
            <source>Receipts</source>
            <translation>单据张数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="163" />
            <source>Legs:</source>
            <translation>行程明细：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="156" />
            <source>Grade:</source>
            <translation>职级：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="165" />
            <source>Advance taken (yuan):</source>
            <translation>预借金额（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="129" />
            <source>New expense claim</source>
            <translation>新建报销单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="137" />
            <source>Claim details</source>
            <translation>报销信息</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="141" />
            <source>Required: what the money was spent on (VOUCH-05)</source>
            <translation>必填：写明款项用途（VOUCH-05）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="144" />
            <source>Taken from the purpose when left empty</source>
            <translation>不填则取用途</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="149" />
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="155" />
            <source>(by the economic class)</source>
            <translation>（按经济分类自动对应）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="168" />
            <source>Government procurement</source>
            <translation>政府采购</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="170" />
            <source>Routine office spending</source>
            <translation>日常公务支出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="175" />
            <source>Purpose (required):</source>
            <translation>用途（必填）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="175" />
            <source>Title:</source>
            <translation>事由：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="176" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="176" />
            <source>Economic class:</source>
            <translation>经济分类：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="177" />
            <source>Budget line:</source>
            <translation>预算指标：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="178" />
            <location filename="../desktop/ui/travel_page.py" line="166" />
            <source>Payee:</source>
            <translation>收款人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="178" />
            <location filename="../desktop/ui/travel_page.py" line="167" />
            <source>Bank:</source>
            <translation>开户行：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="179" />
            <location filename="../desktop/ui/travel_page.py" line="168" />
            <source>Account no.:</source>
            <translation>账号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="195" />
            <source>Invoices</source>
            <translation>发票明细</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <source>Invoice code</source>
            <translation>发票代码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="200" />
            <source>Invoice no.</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="201" />
            <source>Issuer</source>
            <translation>开票单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="201" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="201" />
            <source>Scan (SHA-256)</source>
            <translation>扫描件（SHA-256）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="208" />
            <source>Add a row</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="210" />
            <source>Remove the row</source>
            <translation>删除本行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="212" />
            <source>Attach scan…</source>
            <translation>附扫描件…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="231" />
            <source>Attachments by type</source>
            <translation>附件（按类型）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="235" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="235" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="235" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="245" />
            <source>Attach file…</source>
            <translation>添加附件…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="247" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="258" />
            <source>Advance settled by this claim</source>
            <translation>冲销借款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="262" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="268" />
            <source>Advance:</source>
            <translation>借款单：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="277" />
            <source>Check against the rules</source>
            <translation>按规定检查</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="279" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="281" />
            <source>Save and submit…</source>
            <translation>保存并提交…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="283" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="360" />
            <source>Not an amount: write digits with at most two decimals</source>
            <translation>不是金额：请填写数字，最多两位小数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="367" />
            <source>Total: &lt;span style='color:#b42318'&gt;an amount cannot be read&lt;/span&gt;</source>
            <translation>合计：&lt;span style='color:#b42318'&gt;有金额无法识别&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="369" />
            <source>Total: &lt;b&gt;{figures}&lt;/b&gt;　In words: &lt;b&gt;人民币{upper}&lt;/b&gt;</source>
            <translation>合计（小写）：&lt;b&gt;{figures}&lt;/b&gt;　大写：&lt;b&gt;人民币{upper}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="394" />
            <source>Press “Check against the rules” to see what remains.</source>
            <translation>点“按规定检查”查看指标余额。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="395" />
            <source>No single budget line of this class: choose one.</source>
            <translation>该经济分类没有唯一对应的预算指标：请选择。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="401" />
            <source>{line}: approved {approved} · spent {spent} · committed {committed} · remaining {remaining} → after this claim {after}</source>
            <translation>{line}：批复 {approved} · 已支出 {spent} · 已占用 {committed} · 剩余 {remaining} → 本单报销后 {after}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="415" />
            <source>Advanced &lt;b&gt;{advanced}&lt;/b&gt;　to return &lt;b&gt;{returned}&lt;/b&gt;　to pay &lt;b&gt;{extra}&lt;/b&gt;</source>
            <translation>原借款 &lt;b&gt;{advanced}&lt;/b&gt;　应退 &lt;b&gt;{returned}&lt;/b&gt;　应补 &lt;b&gt;{extra}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="425" />
            <source>A written contract must be attached [VOUCH-17]</source>
            <translation>须附书面合同 [VOUCH-17]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="466" />
            <source>Scan of invoice {n}</source>
            <translation>第 {n} 张发票的扫描件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="467" />
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.ofd);;All files (*)</source>
            <translation>扫描件 (*.pdf *.png *.jpg *.jpeg *.ofd);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="482" />
            <source>Attachment: {kind}</source>
            <translation>附件：{kind}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="483" />
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="542" />
            <source>Within the rules and the budget</source>
            <translation>符合规定，预算指标足额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claim_dialog.py" line="544" />
            <source>Remaining on the budget line: {remaining}</source>
            <translation>预算指标剩余：{remaining}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="317" />
            <source>Advance {a} → {s}</source>
            <translation>预借 {a} 元 → {s}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="159" />
            <source>Class</source>
            <translation>席别/舱位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="160" />
            <source>Allowed-class fare</source>
            <translation>规定等级票价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="169" />
            <source>Attachments:</source>
            <translation>附件张数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="171" />
            <source>Reason for a late claim:</source>
            <translation>逾期报销说明：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="176" />
            <source>Breakdown (each figure with its rule):</source>
            <translation>计算明细（每项附规则依据）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="191" />
            <source>Train</source>
            <translation>火车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="191" />
            <source>Plane</source>
            <translation>飞机</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="191" />
            <source>Ship</source>
            <translation>轮船</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="193" />
            <source>Coach</source>
            <translation>长途汽车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Paid</source>
            <translation>报销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Personal</source>
            <translation>个人自理</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="194" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="197" />
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="212" />
            <source>— (by the receipt)</source>
            <translation>—（凭票报销）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="215" />
            <source>{cls} (above the grade: paid at the allowed-class fare)</source>
            <translation>{cls}（超标准，按规定等级票价报销）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="314" />
            <source>Intercity {i} + lodging {l} + meals {m} + city transport {c} = {t} yuan; paid by the traveller {p}</source>
            <translation>城市间交通费 {i} ＋ 住宿费 {l} ＋ 伙食补助费 {m} ＋ 市内交通费 {c} ＝ {t} 元；个人自理 {p} 元</translation>
        </message>
    </context>
    <context>
        <name>ClaimPaymentDialog</name>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="79" />
            <source>Pay {serial}</source>
            <translation>付款 {serial}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="98" />
            <source>Bank or card transaction reference</source>
            <translation>银行或公务卡交易流水号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="99" />
            <source>Transfer to another account of the bureau itself</source>
            <translation>转入本单位其他账户</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="106" />
            <source>Method:</source>
            <translation>付款方式：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="107" />
            <source>Paid from:</source>
            <translation>付款账户：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="108" />
            <source>Paid on:</source>
            <translation>付款日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="109" />
            <source>Reference:</source>
            <translation>交易参考号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="111" />
            <source>Official card (VOUCH-09):</source>
            <translation>公务卡（VOUCH-09）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="113" />
            <source>Pay</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="129" />
            <source>Payee: {person}</source>
            <translation>收款人：{person}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="140" />
            <source>Payee: {payee} {bank} {account}</source>
            <translation>收款人：{payee} {bank} {account}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="142" />
            <source>Total {total} (人民币{upper}) · economic class {cls}</source>
            <translation>合计 {total}（人民币{upper}）· 经济分类 {cls}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="147" />
            <source>Settles advance {serial}: advanced {advanced} · to return {returned} · to pay {extra}</source>
            <translation>冲销借款 {serial}：原借款 {advanced} · 应退 {returned} · 应补 {extra}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="150" />
            <source>&lt;b&gt;Receive {amount} back from the borrower.&lt;/b&gt;</source>
            <translation>&lt;b&gt;向借款人收回 {amount}。&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="153" />
            <location filename="../desktop/ui/claims/cashier_page.py" line="155" />
            <source>&lt;b&gt;Pay out {amount}.&lt;/b&gt;</source>
            <translation>&lt;b&gt;应付 {amount}。&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="157" />
            <source>&lt;b&gt;Pay out the advance of {amount}.&lt;/b&gt;</source>
            <translation>&lt;b&gt;支付借款 {amount}。&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="168" />
            <source>Not in the mandatory official-card catalogue.</source>
            <translation>不属于公务卡强制结算目录。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="170" />
            <source>In the catalogue: paid by official card.</source>
            <translation>属于强制结算目录：以公务卡结算。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="173" />
            <source>In the catalogue. Written explanation attached: {files} (valid when the finance head approved the claim after it).</source>
            <translation>属于强制结算目录。已附情况说明：{files}（财务负责人在其后审核同意方有效）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/cashier_page.py" line="178" />
            <source>&lt;span style='color:#b42318'&gt;In the catalogue: paying otherwise than by official card needs the handler's written explanation signed by the finance head; none is attached.&lt;/span&gt;</source>
            <translation>&lt;span style='color:#b42318'&gt;属于公务卡强制结算目录：不用公务卡支付须有经办人书面说明并经财务负责人签字，本单未附。&lt;/span&gt;</translation>
        </message>
    </context>
    <context>
        <name>ClaimsArea</name>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="68" />
            <source>Claims and advances</source>
            <translation>报销与借款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="75" />
            <source>Budget lines</source>
            <translation>预算指标</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="80" />
            <source>Cashier: payments</source>
            <translation>出纳付款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="85" />
            <source>Awaiting vouchers</source>
            <translation>待编凭证</translation>
        </message>
    </context>
    <context>
        <name>ClaimsListPage</name>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="27" />
            <source>New expense claim…</source>
            <translation>新建报销单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/claims_area.py" line="28" />
            <source>New advance…</source>
            <translation>新建借款单…</translation>
        </message>
    </context>
    <context>
        <name>CloseDisposalDialog</name>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="77" />
            <source>Close the disposal</source>
            <translation>处置完毕</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="93" />
            <source>Disposal:</source>
            <translation>处置申请：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="95" />
            <source>External approval:</source>
            <translation>上级批复：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="95" />
            <source>not recorded yet</source>
            <translation>尚未登记</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="96" />
            <source>Residual income (yuan):</source>
            <translation>残值收入（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="97" />
            <source>Owed in full to the treasury [ASSET-04]</source>
            <translation>全额上缴财政 [ASSET-04]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="98" />
            <source>Handed in full to the finance section [ASSET-04]</source>
            <translation>全额上缴财务股 [ASSET-04]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="100" />
            <source>Storage media securely wiped:</source>
            <translation>存储介质已安全清除：</translation>
        </message>
    </context>
    <context>
        <name>ClosePanel</name>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="212" />
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="213" />
            <source>Close the month</source>
            <translation>结账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="214" />
            <source>Reopen the month…</source>
            <translation>反结账…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="229" />
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="238" />
            <source>What stands in the way of closing:</source>
            <translation>结账检查（须全部解决）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="253" />
            <source>{period}: closed</source>
            <translation>{period}：已结账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="256" />
            <source>{period}: open</source>
            <translation>{period}：未结账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="262" />
            <source>✓ Nothing: the month can be closed.</source>
            <translation>✓ 检查通过：本月可以结账。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="265" />
            <source>Closed months: {months}</source>
            <translation>已结账月份：{months}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="278" />
            <source>Reopen the month</source>
            <translation>反结账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="280" />
            <source>Why is {period} reopened? (recorded in the audit trail)</source>
            <translation>{period} 反结账的原因（记入审计日志）：</translation>
        </message>
    </context>
    <context>
        <name>CollectorsDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="436" />
            <source>Collectors of the sections</source>
            <translation>各股室领用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="443" />
            <source>Name as collector</source>
            <translation>指定为领用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="474" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="474" />
            <source>Collector</source>
            <translation>领用人</translation>
        </message>
    </context>
    <context>
        <name>CompleteRepairDialog</name>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="144" />
            <source>Repair completed</source>
            <translation>维修完成</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="151" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="156" />
            <source>Request:</source>
            <translation>申请：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="157" />
            <source>Cost (yuan):</source>
            <translation>维修费用（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="158" />
            <source>Repaired by:</source>
            <translation>维修单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="159" />
            <source>Supervised on site by:</source>
            <translation>现场监督人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="160" />
            <source>Compensation (yuan):</source>
            <translation>赔偿金额（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="161" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
    </context>
    <context>
        <name>CountGrid</name>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="74" />
            <source>← Counts</source>
            <translation>← 盘点列表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="79" />
            <source>Save counts</source>
            <translation>保存盘点数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="80" />
            <source>Report differences…</source>
            <translation>差异报批…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="81" />
            <source>Approval sheet…</source>
            <translation>审批单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="82" />
            <location filename="../desktop/ui/supplies/counts_panel.py" line="251" />
            <source>Adjust stock</source>
            <translation>调整库存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="101" />
            <source>Type the counted quantity; explain every difference, naming the person liable and any compensation [SUPPLY-11, SUPPLY-12].</source>
            <translation>填写实盘数量；每项差异须说明原因，并注明责任人及赔偿金额 [SUPPLY-11, SUPPLY-12]。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Item code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Unit of measure</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="117" />
            <source>Book</source>
            <translation>账面数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Counted</source>
            <translation>实盘数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="118" />
            <source>Explanation</source>
            <translation>差异说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="119" />
            <source>Person liable</source>
            <translation>责任人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="121" />
            <source>Compensation</source>
            <translation>赔偿金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="126" />
            <source>{no}  {store}  counted on {day}</source>
            <translation>{no}  {store}  盘点日期 {day}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="131" />
            <source>State: {state}</source>
            <translation>状态：{state}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="153" />
            <source>(nobody)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="251" />
            <source>The stock was adjusted as the approved report says.</source>
            <translation>已按批准的差异报告调整库存。</translation>
        </message>
    </context>
    <context>
        <name>CountScreen</name>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="44" />
            <source>Counting</source>
            <translation>盘点中</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="45" />
            <source>Report in approval</source>
            <translation>报告审批中</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="46" />
            <source>Cards adjusted</source>
            <translation>已调整账卡</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="70" />
            <source>← All counts</source>
            <translation>← 全部盘点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="76" />
            <source>Print count sheet…</source>
            <translation>打印盘点表…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="77" />
            <source>Print labels…</source>
            <translation>打印标签…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="78" />
            <source>Surplus/shortage report…</source>
            <translation>生成盘盈盘亏报告…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="79" />
            <source>Approval sheet…</source>
            <translation>审批单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="80" />
            <location filename="../desktop/ui/assets/count_screen.py" line="322" />
            <source>Adjust cards</source>
            <translation>调整卡片</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="97" />
            <source>Scan a label or type the asset number, then Enter</source>
            <translation>扫描标签或输入资产编号后按回车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="103" />
            <source>Scan:</source>
            <translation>扫描：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="118" />
            <source>Scans (latest first)</source>
            <translation>扫描记录（最新在上）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>Asset no.</source>
            <translation>资产编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="161" />
            <source>User</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="162" />
            <source>Location</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="163" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="199" />
            <source>Found {found} / {expected}</source>
            <translation>已盘到 {found} / {expected}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="202" />
            <source>from elsewhere {n}</source>
            <translation>他处资产 {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="204" />
            <source>unknown {n}</source>
            <translation>未知标签 {n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="206" />
            <source>Not found yet: {n}</source>
            <translation>尚未盘到：{n}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="244" />
            <source>Found</source>
            <translation>盘到</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="244" />
            <source>Already scanned</source>
            <translation>已扫描过</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="245" />
            <source>Unknown tag</source>
            <translation>未知标签</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="245" />
            <source>Belongs elsewhere</source>
            <translation>属其他地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="282" />
            <source>Count sheet</source>
            <translation>盘点表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="284" />
            <source>{n} page(s)</source>
            <translation>共 {n} 页</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/count_screen.py" line="322" />
            <source>The cards were adjusted as the approved report says.</source>
            <translation>已按批准的报告调整资产卡片。</translation>
        </message>
    </context>
    <context>
        <name>CountsPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="264" />
            <source>Start a count…</source>
            <translation>开始盘点…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="265" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="266" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Count no.</source>
            <translation>盘点单号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Store</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Count date</source>
            <translation>盘点日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="306" />
            <source>Half-year</source>
            <translation>半年度</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="307" />
            <source>Items in store</source>
            <translation>品种数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="307" />
            <source>Counted</source>
            <translation>实盘数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="307" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="308" />
            <source>Report</source>
            <translation>差异报告</translation>
        </message>
    </context>
    <context>
        <name>CrlDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="710" />
            <source>Publish revocation list</source>
            <translation>发布吊销列表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="713" />
            <source>Publish the certificate revocation list (CRL) signed by the bureau root: every revoked seal and signing certificate with the time it was revoked. Give the file to whoever verifies the bureau's PDFs.</source>
            <translation>发布由本局根证书签名的证书吊销列表（CRL）：列出每个已吊销的印章证书和个人签名证书及其吊销时间。请将文件交给验证本局PDF文件的单位。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="717" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="723" />
            <source>Root CA passphrase:</source>
            <translation>根证书口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="724" />
            <source>Save as:</source>
            <translation>保存为：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="725" />
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="729" />
            <source>Save revocation list</source>
            <translation>保存吊销列表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="730" />
            <source>Revocation lists (*.crl *.pem)</source>
            <translation>吊销列表 (*.crl *.pem)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="737" />
            <source>Choose where to save the revocation list.</source>
            <translation>请选择吊销列表的保存位置。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="739" />
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="747" />
            <source>Revocation list no. {number} is published in the database but cannot be written to {path}: {error}</source>
            <translation>第 {number} 号吊销列表已在数据库中发布，但无法写入 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="758" />
            <source>Revocation list no. {number} published with {n} revoked certificate(s), saved as {path}.</source>
            <translation>第 {number} 号吊销列表已发布，共列出 {n} 个已吊销证书，已保存为 {path}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="759" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>CustodyDialog</name>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="28" />
            <source>Holdings and departures</source>
            <translation>保管与离岗交接</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="39" />
            <location filename="../desktop/ui/assets/custody_dialog.py" line="105" />
            <source>Leaves the bureau</source>
            <translation>调离</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="39" />
            <location filename="../desktop/ui/assets/custody_dialog.py" line="106" />
            <source>Retires</source>
            <translation>退休</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="44" />
            <source>Open departure</source>
            <translation>登记离岗</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="46" />
            <source>Sign off the departure</source>
            <translation>签署离岗交接</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="53" />
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="55" />
            <source>Departure (ASSET-07)</source>
            <translation>离岗交接（ASSET-07）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="57" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="58" />
            <source>Leaving on:</source>
            <translation>离岗日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="59" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="70" />
            <source>Everything in this person's keeping:</source>
            <translation>此人名下保管的全部资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="74" />
            <source>Departures:</source>
            <translation>离岗登记：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="98" />
            <source>Card no.</source>
            <translation>卡片编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="98" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="98" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="99" />
            <source>Qty</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="99" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="99" />
            <source>Location</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="100" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="102" />
            <source>Cards held: {n}</source>
            <translation>名下资产：{n} 张</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="109" />
            <source>Leaver</source>
            <translation>人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="109" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="109" />
            <source>Leaving on</source>
            <translation>离岗日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="110" />
            <source>Signed off by</source>
            <translation>签署人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="110" />
            <source>Signed off</source>
            <translation>签署时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="118" />
            <source>Signed off: nothing left in this person's keeping.</source>
            <translation>已签署：此人名下已无资产。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/custody_dialog.py" line="120" />
            <source>Open: sign off once every card above is handed over.</source>
            <translation>办理中：上列资产全部交还或移交后方可签署。</translation>
        </message>
    </context>
    <context>
        <name>DecideDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="76" />
            <source>Consent to the loan</source>
            <translation>同意借用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="76" />
            <source>Refuse the loan</source>
            <translation>不同意借用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="78" />
            <source>Loan:</source>
            <translation>借用单：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="81" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <location filename="../desktop/ui/decision_dialog.py" line="34" />
            <source>e.g. {example}</source>
            <translation>例如 {example}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/decision_dialog.py" line="36" />
            <source>Record</source>
            <translation>登记</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="6" />
            <source>Record collective decision</source>
            <translation>登记集体决策（会议纪要）</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="10" />
            <source>The minute of the meeting that decided the matter (IC-08). Recorded by the office head or the director.</source>
            <translation>登记作出决定的会议纪要（IC-08），由办公室主任或局长登记。</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="16" />
            <source>Meeting type:</source>
            <translation>会议类型：</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="18" />
            <source>Minute number:</source>
            <translation>纪要编号：</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="20" />
            <source>Held on:</source>
            <translation>会议日期：</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="22" />
            <source>Subject:</source>
            <translation>议题：</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="28" />
            <source>Matters decided (议题): each serves one document; leave the amount empty if the minute states none.</source>
            <translation>会议决定的议题：每个议题只能用于一张单据；纪要未写金额的，金额留空。</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="38" />
            <source>Matter</source>
            <translation>议题</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="39" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="40" />
            <source>Serves document</source>
            <translation>所用单据</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="45" />
            <source>Add matter</source>
            <translation>添加议题</translation>
        </message>
        <message>
            <location filename="../forms/decision_dialog.ui" line="46" />
            <source>Remove matter</source>
            <translation>删除议题</translation>
        </message>
    </context>
    <context>
        <name>DepartmentsPage</name>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="36" />
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="36" />
            <source>Inactive</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="38" />
            <location filename="../desktop/ui/setup_wizard_pages.py" line="216" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="38" />
            <location filename="../desktop/ui/setup_wizard_pages.py" line="216" />
            <source>Unit</source>
            <translation>所属单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="38" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="50" />
            <source>Reactivate</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="50" />
            <location filename="../forms/departments_page.ui" line="29" />
            <source>Deactivate</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="63" />
            <source>Rename department</source>
            <translation>部门更名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/departments_page.py" line="63" />
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="9" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="11" />
            <source>Unit:</source>
            <translation>所属单位：</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="13" />
            <source>Add department</source>
            <translation>添加部门</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="26" />
            <source>Show inactive departments</source>
            <translation>显示已停用部门</translation>
        </message>
        <message>
            <location filename="../forms/departments_page.ui" line="28" />
            <source>Rename…</source>
            <translation>更名…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="209" />
            <source>Departments</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="211" />
            <source>The offices of the bureau and the sections of the insurance centre. Edit the names to match yours; people and posts are added later by the administrator.</source>
            <translation>局机关各股室和医保中心各股。请按本单位实际修改名称；人员和岗位由系统管理员以后添加。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="212" />
            <source>Bureau offices</source>
            <translation>局机关</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="212" />
            <source>Insurance centre</source>
            <translation>医保中心</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="222" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="224" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="226" />
            <source>Back to the usual list</source>
            <translation>恢复常用列表</translation>
        </message>
    </context>
    <context>
        <name>DepreciationPage</name>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="57" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="58" />
            <source>Run depreciation</source>
            <translation>计提折旧</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="59" />
            <source>Reconcile with the ledger</source>
            <translation>与总账核对</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="68" />
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="86" />
            <source>The month's depreciation, card by card</source>
            <translation>本月折旧明细（逐卡）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="93" />
            <source>Draft acquisition voucher for the selected</source>
            <translation>为所选资产生成入账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="97" />
            <source>Accepted cards with no acquisition voucher yet:</source>
            <translation>已验收、尚未生成入账凭证的资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="105" />
            <source>Runs</source>
            <translation>计提记录</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="106" />
            <source>Acquisition vouchers</source>
            <translation>入账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Asset no.</source>
            <translation>资产编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <source>Monthly amount</source>
            <translation>月折旧额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="145" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="248" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="147" />
            <source>Expense account</source>
            <translation>费用科目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="153" />
            <source>{period}: {n} card(s), total {total}</source>
            <translation>{period}：{n} 项资产，合计 {total}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="162" />
            <source>Not run yet for this month.</source>
            <translation>本月尚未计提折旧。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="167" />
            <source>Depreciation for {period} is done: {n} card(s), {total}.</source>
            <translation>{period} 折旧已计提：{n} 项资产，{total}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="175" />
            <source>Voucher {no}…</source>
            <translation>凭证 {no}…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="185" />
            <source>Depreciation for {period} was already run: nothing changed ({n} card(s), {total}).</source>
            <translation>{period} 已计提过折旧，本次未作任何改动（{n} 项资产，{total}）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="189" />
            <source>Depreciation for {period} run: {n} card(s), {total}.</source>
            <translation>{period} 折旧计提完成：{n} 项资产，{total}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="206" />
            <source>✓ Cards and ledger agree: original value {original}, accumulated depreciation {accumulated}.</source>
            <translation>✓ 账卡相符：原值 {original}，累计折旧 {accumulated}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="211" />
            <source>✗ Cards and ledger differ:</source>
            <translation>✗ 卡片与总账不符：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="211" />
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="212" />
            <source>Accumulated depreciation</source>
            <translation>累计折旧</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="215" />
            <source> (difference {diff})</source>
            <translation>（差额 {diff}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="216" />
            <source>{what}: cards {cards}, ledger {ledger}</source>
            <translation>{what}：卡片 {cards}，总账 {ledger}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Cards</source>
            <translation>资产数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Voucher</source>
            <translation>凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="229" />
            <source>Run by</source>
            <translation>计提人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="231" />
            <source>Run at</source>
            <translation>计提时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="246" />
            <source>Acquired on</source>
            <translation>取得日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="251" />
            <source>Acquisition vouchers ({n})</source>
            <translation>待生成入账凭证（{n}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/depreciation_page.py" line="266" />
            <source>Acquisition voucher drafted for {n} card(s).</source>
            <translation>已为 {n} 项资产生成入账凭证。</translation>
        </message>
    </context>
    <context>
        <name>DifferenceDialog</name>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="39" />
            <source>Surplus/shortage report</source>
            <translation>盘盈盘亏报告</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="42" />
            <source>Each surplus and shortage needs its cause and the proposed handling; the cards change only after the report is approved (ASSET-06).</source>
            <translation>每项盘盈、盘亏都须查明原因并提出处理意见；报告批准后才调整资产卡片（ASSET-06）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="47" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="47" />
            <source>Asset or description</source>
            <translation>资产或名称规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="47" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="48" />
            <source>Value (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="48" />
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="48" />
            <source>Handling</source>
            <translation>处理意见</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="60" />
            <source>Add a surplus</source>
            <translation>添加盘盈</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="61" />
            <source>Remove surplus row</source>
            <translation>删除盘盈行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="62" />
            <source>Submit for approval…</source>
            <translation>提交审批…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="63" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="94" />
            <source>Shortage</source>
            <translation>盘亏</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="94" />
            <source>Surplus</source>
            <translation>盘盈</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="111" />
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="146" />
            <source>Surplus {surplus} · shortage {shortage}</source>
            <translation>盘盈 {surplus} · 盘亏 {shortage}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="168" />
            <source>Line {n}: the cause is missing</source>
            <translation>第{n}行：请查明并填写原因</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="169" />
            <source>Line {n}: the proposed handling is missing</source>
            <translation>第{n}行：请提出处理意见</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="170" />
            <source>Line {n}: describe the asset</source>
            <translation>第{n}行：请写明资产名称及规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="183" />
            <source>Line {n}: choose the category</source>
            <translation>第{n}行：请选择资产分类</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/difference_dialog.py" line="189" />
            <source>Line {n}: enter the estimated value</source>
            <translation>第{n}行：请填写估计价值</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="212" />
            <source>Dispatch</source>
            <translation>派车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="214" />
            <source>Vehicle:</source>
            <translation>车辆：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="215" />
            <source>Plate:</source>
            <translation>车牌号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="216" />
            <source>Driver:</source>
            <translation>驾驶员：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="217" />
            <source>Rented vehicle (rental slip and agreement)</source>
            <translation>租用车辆（租车单和租车协议）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="218" />
            <source>Rental company:</source>
            <translation>租车公司：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="219" />
            <source>Agreement no.:</source>
            <translation>租车协议编号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="220" />
            <source>Cost:</source>
            <translation>费用：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="221" />
            <source>Driving licence:</source>
            <translation>驾驶证：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="222" />
            <source>Vehicle licence:</source>
            <translation>行驶证：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="223" />
            <source>ID card:</source>
            <translation>身份证：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="224" />
            <source>Mileage driven (km):</source>
            <translation>实际里程（公里）：</translation>
        </message>
    </context>
    <context>
        <name>DisposalDialog</name>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="28" />
            <source>Request a disposal</source>
            <translation>申请资产处置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="35" />
            <source>Technical appraisal: condition, why it cannot be used or repaired</source>
            <translation>技术鉴定：资产状况，无法使用或修复的原因</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="36" />
            <source>Cards:</source>
            <translation>资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="37" />
            <source>Way:</source>
            <translation>处置方式：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="38" />
            <source>Appraisal:</source>
            <translation>鉴定意见：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="40" />
            <source>A bulk disposal needs the collective decision; the cards close only after the external approval is recorded [ASSET-03].</source>
            <translation>大批量处置须经集体决策；登记区国资局批复后方可核销卡片 [ASSET-03]。</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <location filename="../desktop/ui/home_page.py" line="201" />
            <source>Preview / print sheet…</source>
            <translation>预览/打印审批单…</translation>
        </message>
    </context>
    <context>
        <name>DocumentHtml</name>
        <message>
            <location filename="../desktop/ui/document_html.py" line="34" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="34" />
            <source>(not yet numbered)</source>
            <translation>（尚未编号）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="35" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="36" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="37" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="38" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="38" />
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="39" />
            <source>Submitter</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="42" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="46" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="49" />
            <source>Collective decision</source>
            <translation>集体决策</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="51" />
            <source>Returned because</source>
            <translation>退回原因</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="61" />
            <source>The chain is fixed when the document is submitted.</source>
            <translation>提交后确定审批流程。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="63" />
            <source>#</source>
            <translation>序</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="63" />
            <location filename="../desktop/ui/document_html.py" line="83" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="63" />
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="64" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="69" />
            <source>▶ current</source>
            <translation>▶ 当前</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="71" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="82" />
            <source>No actions yet.</source>
            <translation>尚无操作记录。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="83" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="83" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="84" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="84" />
            <source>Opinion</source>
            <translation>意见</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="85" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="99" />
            <source>[TAMPERED]</source>
            <translation>[疑被篡改]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="109" />
            <source>This record no longer matches the state the audit trail recorded: it was changed outside the application. It cannot be acted on; the audit post or the administrator checks it with “desktop audit verify --deep”.</source>
            <translation>本单据的数据库记录与审计日志记录的状态不符，曾被绕过本系统改动，不能再办理；请稽核或系统管理员用“desktop audit verify --deep”核查。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="117" />
            <source>Select a document to see its details.</source>
            <translation>请选择一张单据查看详情。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="120" />
            <source>Approval chain</source>
            <translation>审批流程</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_html.py" line="121" />
            <source>History</source>
            <translation>审批记录</translation>
        </message>
    </context>
    <context>
        <name>DocumentSummary</name>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="267" />
            <source>Travellers</source>
            <translation>出差人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="268" />
            <source>Destination</source>
            <translation>前往地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="269" />
            <source>Dates and days</source>
            <translation>起止日期及天数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="270" />
            <source>Transport</source>
            <translation>交通工具</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="271" />
            <source>Companions</source>
            <translation>同行人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="272" />
            <source>Grade</source>
            <translation>职级</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="273" />
            <source>Area</source>
            <translation>区域</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="274" />
            <source>Funds</source>
            <translation>经费来源</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="275" />
            <source>Advance</source>
            <translation>借款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="276" />
            <source>Single room</source>
            <translation>单间住宿说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="277" />
            <source>Approval basis</source>
            <translation>审批说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="278" />
            <source>Trip approval</source>
            <translation>出差审批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="279" />
            <source>Route</source>
            <translation>行程</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="280" />
            <source>Transport cost</source>
            <translation>交通费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="281" />
            <source>Lodging</source>
            <translation>住宿费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="282" />
            <source>Meal allowance</source>
            <translation>伙食补助费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="283" />
            <source>Local transport</source>
            <translation>市内交通费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="284" />
            <source>Paid by the traveller</source>
            <translation>个人自理</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="285" />
            <source>Settlement</source>
            <translation>结算</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="286" />
            <source>Payee</source>
            <translation>收款人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="287" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="288" />
            <source>Claim deadline</source>
            <translation>报销期限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="289" />
            <source>Guest unit</source>
            <translation>来宾单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="290" />
            <source>Letter</source>
            <translation>公函</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="291" />
            <source>Guests</source>
            <translation>来宾</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="292" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="293" />
            <source>Meals</source>
            <translation>用餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="294" />
            <source>Accompanying</source>
            <translation>陪餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="295" />
            <source>Accompanying limit</source>
            <translation>陪餐人数上限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="296" />
            <source>Reception approval</source>
            <translation>接待审批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="297" />
            <source>Items</source>
            <translation>明细</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="298" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="299" />
            <source>Declaration</source>
            <translation>承诺事项</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="300" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="301" />
            <source>Passengers</source>
            <translation>乘车人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="302" />
            <source>Departure</source>
            <translation>出发时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="303" />
            <source>Returns at</source>
            <translation>返回时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="304" />
            <source>Distance</source>
            <translation>里程类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="305" />
            <source>Mileage</source>
            <translation>里程</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="306" />
            <source>Lead time</source>
            <translation>提前申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="307" />
            <source>Holiday</source>
            <translation>节假日用车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="308" />
            <source>Urgent because</source>
            <translation>紧急用车理由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="309" />
            <source>Vehicle</source>
            <translation>车辆</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="310" />
            <source>Driver</source>
            <translation>驾驶员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="311" />
            <source>Meeting</source>
            <translation>会议名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="312" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="313" />
            <source>Schedule</source>
            <translation>会期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="314" />
            <source>Venue</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="315" />
            <source>Form</source>
            <translation>形式</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="316" />
            <source>Attendees</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="317" />
            <source>Budget</source>
            <translation>经费预算</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="318" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="319" />
            <source>Meeting approval</source>
            <translation>会议审批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="320" />
            <source>Costs</source>
            <translation>费用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="321" />
            <source>Approved budget</source>
            <translation>批准预算</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="322" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="323" />
            <source>Number of meetings</source>
            <translation>会议数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="324" />
            <source>Due</source>
            <translation>报送期限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="325" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="326" />
            <source>Late because</source>
            <translation>逾期说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="327" />
            <source>Seal</source>
            <translation>印章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="328" />
            <source>Document</source>
            <translation>文件名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="329" />
            <source>Document number</source>
            <translation>文号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="330" />
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="331" />
            <source>Use</source>
            <translation>用印事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="332" />
            <source>Seal type</source>
            <translation>印章类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="333" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="334" />
            <source>Engraver</source>
            <translation>刻制单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="335" />
            <source>Supplier</source>
            <translation>供货单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="336" />
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="337" />
            <source>Purchase no.</source>
            <translation>采购编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="338" />
            <source>Procurement catalogue</source>
            <translation>政府采购目录</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="339" />
            <source>Asset numbers</source>
            <translation>资产编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="340" />
            <source>Model</source>
            <translation>规格型号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="341" />
            <source>Acquired</source>
            <translation>购置时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="342" />
            <source>Years used</source>
            <translation>已使用年限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="343" />
            <source>Residual value</source>
            <translation>残值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="344" />
            <source>Scale</source>
            <translation>规模</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="345" />
            <source>External approval</source>
            <translation>上级批复</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="346" />
            <source>Storage media</source>
            <translation>存储介质</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="347" />
            <source>From department</source>
            <translation>转出部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="348" />
            <source>From custodian</source>
            <translation>原使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="349" />
            <source>To department</source>
            <translation>转入部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="350" />
            <source>To custodian</source>
            <translation>新使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="351" />
            <source>Location</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="352" />
            <source>Transfer date</source>
            <translation>转移日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="353" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="354" />
            <source>User</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="355" />
            <source>Fault</source>
            <translation>故障情况</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="356" />
            <source>Repair mode</source>
            <translation>维修方式</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="357" />
            <source>Damage caused by</source>
            <translation>损坏责任人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="358" />
            <source>Counted on</source>
            <translation>盘点日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="359" />
            <source>Payment method</source>
            <translation>支付方式</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="360" />
            <source>Intercity transport</source>
            <translation>城市间交通费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="361" />
            <source>Late claim (TRAVEL-03)</source>
            <translation>逾期报销（TRAVEL-03）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="362" />
            <source>Consumables</source>
            <translation>消耗品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="363" />
            <source>Special items</source>
            <translation>专用物品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="364" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="365" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="366" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="367" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="368" />
            <source>Class</source>
            <translation>席别/舱位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="369" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="370" />
            <source>Receipts</source>
            <translation>单据张数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="371" />
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="372" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="373" />
            <source>Per head</source>
            <translation>人均</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="374" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="375" />
            <source>Allowed</source>
            <translation>准予报销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="376" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="377" />
            <source>Basis</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="378" />
            <source>filed {filed}, departed {start}</source>
            <translation>{filed}填报，{start}出发</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="379" />
            <source>Filed after departure (补报)</source>
            <translation>出差后补报</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="380" />
            <source>Late claim, after the deadline</source>
            <translation>逾期报销，报销期限为</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="381" />
            <source>Over budget: {amount} yuan claimed, {left} yuan remain on {line}</source>
            <translation>超预算：本单 {amount} 元，预算指标 {line} 仅余 {left} 元</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="382" />
            <source>#</source>
            <translation>序</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="383" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="384" />
            <source>Issuer</source>
            <translation>开票单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="385" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="386" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="387" />
            <source>Budget line</source>
            <translation>预算指标</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="388" />
            <source> (charged at payment)</source>
            <translation>（付款时列支）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="389" />
            <source>Line</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="390" />
            <source>Approved amount</source>
            <translation>批复金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="391" />
            <source>Spent</source>
            <translation>已支出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="392" />
            <source>Committed</source>
            <translation>已占用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="393" />
            <source>Remaining</source>
            <translation>剩余</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="394" />
            <source>Payment</source>
            <translation>付款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="395" />
            <source>Tickets</source>
            <translation>车船机票</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="396" />
            <source>Breakdown by day</source>
            <translation>逐日明细</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="397" />
            <source>Invoices</source>
            <translation>发票明细</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="398" />
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="399" />
            <source>{n} attached on paper (listed on the sheet)</source>
            <translation>纸质附件 {n} 张（见审批单）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/document_summary.py" line="400" />
            <source>No attachments.</source>
            <translation>无附件。</translation>
        </message>
    </context>
    <context>
        <name>EnableDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="165" />
            <source>Enable seal</source>
            <translation>启用印章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="168" />
            <source>Enable {seal}: its certificate is issued by the bureau root, its key is kept encrypted with the custodian's signing passphrase, and the enabling notice is signed with the impression specimen.</source>
            <translation>启用{seal}：由本单位根证书签发印章证书，印章私钥以保管人的签名口令加密保存，并签发附印鉴样底的启用通知。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="176" />
            <source>Custodian:</source>
            <translation>保管人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="177" />
            <source>Storage place:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="178" />
            <source>Enabled on:</source>
            <translation>启用日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="179" />
            <source>Custodian's signing passphrase:</source>
            <translation>保管人签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="180" />
            <source>Root CA passphrase:</source>
            <translation>根证书口令：</translation>
        </message>
    </context>
    <context>
        <name>EngravingDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="622" />
            <source>Request seal engraving</source>
            <translation>刻制印章申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="624" />
            <source>Request a new seal: the request goes to the office and the bureau leaders; once approved, the office records the police filing and enables the seal.</source>
            <translation>申请刻制新印章：申请经办公室和局领导审批；批准后由办公室登记公安备案并启用。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="631" />
            <source>the full name as engraved</source>
            <translation>印面上的全称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="636" />
            <source>Seal kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="637" />
            <source>Seal name:</source>
            <translation>印章名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="638" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="639" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
    </context>
    <context>
        <name>EnquirersDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="167" />
            <source>Name the enquirers</source>
            <translation>指定询价人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="178" />
            <source>Enquirers:</source>
            <translation>询价人员：</translation>
        </message>
    </context>
    <context>
        <name>ExternalApprovalDialog</name>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="53" />
            <source>Record the external approval</source>
            <translation>登记上级批复</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="62" />
            <source>Disposal:</source>
            <translation>处置申请：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="63" />
            <source>Approving authority:</source>
            <translation>批准机关：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="64" />
            <source>Approval reference:</source>
            <translation>批准文号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/disposal_dialogs.py" line="65" />
            <source>Approval date:</source>
            <translation>批准日期：</translation>
        </message>
    </context>
    <context>
        <name>FilingDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="143" />
            <source>Record police filing</source>
            <translation>登记公安备案</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="145" />
            <source>Record the police filing of {seal}: the filing number and the engraving unit designated by the police.</source>
            <translation>登记{seal}的公安备案：备案编号及公安机关指定的刻制单位。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="151" />
            <source>Filing number:</source>
            <translation>备案编号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="152" />
            <source>Filed on:</source>
            <translation>备案日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="153" />
            <source>Engraving unit:</source>
            <translation>刻制单位：</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="194" />
            <source>Hand over seal</source>
            <translation>印章交接</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="196" />
            <source>Hand over {seal}, now kept by &lt;b&gt;{custodian}&lt;/b&gt;. Both sign the handover sheet with their signing passphrases.</source>
            <translation>交接{seal}（现由&lt;b&gt;{custodian}&lt;/b&gt;保管）。移交人和接收人均以各自的签名口令签署交接单。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="202" />
            <source>e.g. job change, leave, business trip</source>
            <translation>如：岗位调整、休假、出差</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="203" />
            <source>Delegation for a period (custody returns afterwards)</source>
            <translation>限期委托保管（期满自动交回）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="211" />
            <source>Hand over to:</source>
            <translation>接收人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="212" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="214" />
            <source>Delegated until:</source>
            <translation>委托期限至：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="215" />
            <source>Passphrase of {name} (handing over):</source>
            <translation>移交人（{name}）签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="217" />
            <source>Passphrase of the receiver:</source>
            <translation>接收人签名口令：</translation>
        </message>
    </context>
    <context>
        <name>HoldingsDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="497" />
            <source>Holdings and hand-back</source>
            <translation>个人保管与交回</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="502" />
            <source>Hand back into stock…</source>
            <translation>交回入库…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="505" />
            <source>Person:</source>
            <translation>人员：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="519" />
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="534" />
            <source>Issued</source>
            <translation>领用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>On loan</source>
            <translation>借用中</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Number</source>
            <translation>号码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="535" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="536" />
            <source>Since</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="549" />
            <source>Hand back into stock</source>
            <translation>交回入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="549" />
            <source>Condition of the item:</source>
            <translation>物品状况：</translation>
        </message>
    </context>
    <context>
        <name>HolidaysPage</name>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="41" />
            <source>Import a year's notice…</source>
            <translation>导入年度放假通知…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="44" />
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="58" />
            <source>Name, e.g. 国庆节</source>
            <translation>名称，如 国庆节</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="59" />
            <source>Set day</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="66" />
            <source>Weekday public holidays count as holidays for vehicle use (VEH-07); an adjusted working Saturday or Sunday counts as a working day. A bureau entry overrides the shipped calendar; 2027 is provisional until the State Council's notice.</source>
            <translation>工作日的法定节假日按节假日用车（VEH-07）；调休上班的周六、周日按工作日。本单位设置优先于预置日历；2027年为暂定，国务院通知发布后请更正。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Mon</source>
            <translation>一</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Tue</source>
            <translation>二</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Wed</source>
            <translation>三</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Thu</source>
            <translation>四</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Fri</source>
            <translation>五</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="79" />
            <source>Sat</source>
            <translation>六</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Sun</source>
            <translation>日</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="81" />
            <source>Set by</source>
            <translation>设置方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="83" />
            <source>Bureau</source>
            <translation>本单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="83" />
            <source>Shipped</source>
            <translation>预置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="95" />
            <source>Import holiday calendar</source>
            <translation>导入节假日安排</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/holidays_page.py" line="96" />
            <source>Calendar (*.csv)</source>
            <translation>日历文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>HospitalityPage</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="327" />
            <source>Reception…</source>
            <translation>公务接待…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="329" />
            <source>Reception list…</source>
            <translation>接待清单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="331" />
            <source>Vehicle…</source>
            <translation>用车申请…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="333" />
            <source>Dispatch…</source>
            <translation>派车…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="334" />
            <source>Meeting…</source>
            <translation>会议审批…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="336" />
            <source>Meeting claim…</source>
            <translation>会议费报销…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="338" />
            <source>Annual plan…</source>
            <translation>年度会议计划…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="345" />
            <source>Agree to urgent use</source>
            <translation>同意紧急用车</translation>
        </message>
    </context>
    <context>
        <name>IdleDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="50" />
            <source>Mark as idle</source>
            <translation>设为闲置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="50" />
            <source>Back in use</source>
            <translation>恢复在用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="54" />
            <source>Card:</source>
            <translation>资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="55" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="33" />
            <source>Opening balances (start of the books)</source>
            <translation>期初余额（建账）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="34" />
            <source>Vouchers from the old system</source>
            <translation>原系统凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="37" />
            <source>First month on the books, e.g. 2026-07 (2026 = January)</source>
            <translation>建账月份，如 2026-07（只写 2026 即为1月）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="38" />
            <source>Save the Excel template…</source>
            <translation>保存Excel模板…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="39" />
            <source>Choose a file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="40" />
            <location filename="../desktop/ui/books/import_panel.py" line="138" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="43" />
            <source>No file chosen.</source>
            <translation>尚未选择文件。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="49" />
            <source>What:</source>
            <translation>导入内容：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="59" />
            <source>Problems found (nothing is written until there are none):</source>
            <translation>发现的问题（全部改正前不写入任何数据）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="82" />
            <source>Save the Excel template</source>
            <translation>保存Excel模板</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="87" />
            <source>Choose the file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="88" />
            <source>Excel or CSV (*.xlsx *.csv)</source>
            <translation>Excel 或 CSV 文件 (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="95" />
            <source>File: %1 (%2 bytes)</source>
            <translation>文件：%1（%2 字节）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="114" />
            <source>… and %1 more</source>
            <translation>……另有 %1 个问题</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="117" />
            <source>%1 rows, %2 vouchers</source>
            <translation>%1 行，%2 张凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="118" />
            <source>%1 rows</source>
            <translation>%1 行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="119" />
            <source>ready to import</source>
            <translation>可以导入</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="119" />
            <source>%1 problems</source>
            <translation>%1 个问题</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="135" />
            <source>Opening balances imported: the books start in %1.</source>
            <translation>期初余额已导入，建账期间 %1。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/import_panel.py" line="137" />
            <source>%1 vouchers imported, awaiting review.</source>
            <translation>已导入 %1 张凭证，等待审核。</translation>
        </message>
    </context>
    <context>
        <name>IssueCertificateDialog</name>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="71" />
            <source>Issue a personal signing certificate for &lt;b&gt;{name}&lt;/b&gt; ({title}).</source>
            <translation>为 &lt;b&gt;{name}&lt;/b&gt;（{title}）颁发个人签名证书。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="75" />
            <source>{name} already has a valid certificate (serial {serial}); the new one replaces it for signing.</source>
            <translation>{name}已有有效证书（序列号 {serial}）；新证书颁发后将以新证书签名。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="77" />
            <source>Issue certificate</source>
            <translation>颁发证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="85" />
            <source>The two signing passphrases differ.</source>
            <translation>两次输入的签名口令不一致。</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="6" />
            <source>Issue signing certificate</source>
            <translation>颁发签名证书</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="16" />
            <source>Root CA passphrase (administrator):</source>
            <translation>根证书口令（管理员）：</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="18" />
            <source>New signing passphrase:</source>
            <translation>新签名口令：</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="20" />
            <source>Repeat signing passphrase:</source>
            <translation>再次输入签名口令：</translation>
        </message>
        <message>
            <location filename="../forms/issue_certificate_dialog.ui" line="27" />
            <source>The person types the signing passphrase (at least 8 characters) themselves; it is needed for every signature and cannot be recovered.</source>
            <translation>签名口令（至少8位）须由本人亲自输入；每次签名都要使用，遗失后无法找回。</translation>
        </message>
    </context>
    <context>
        <name>IssueDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="218" />
            <source>Issue supplies to a section</source>
            <translation>发放办公用品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Available</source>
            <translation>可领用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="233" />
            <source>Old one returned</source>
            <translation>交旧领新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="234" />
            <source>Old item returned</source>
            <translation>交回旧物</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="234" />
            <source>Approval (special item)</source>
            <translation>审批文号（特殊用品）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="234" />
            <source>Held by</source>
            <translation>保管人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="238" />
            <source>Add a line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="240" />
            <source>Remove the line</source>
            <translation>删除该行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="243" />
            <source>A special item is issued only in exchange for the old one (交旧领新) or with its approval [SUPPLY-10]; never more than is available [SUPPLY-09].</source>
            <translation>特殊办公用品须交旧领新或经领导审批后领用 [SUPPLY-10]；领用数量不得超过可领用数量 [SUPPLY-09]。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="249" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="250" />
            <source>Store:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="251" />
            <source>Issued on:</source>
            <translation>领用日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="252" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="275" />
            <location filename="../desktop/ui/supplies/issues_panel.py" line="318" />
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="295" />
            <source>No collector named for this section [SUPPLY-09]</source>
            <translation>该股室尚未指定领用人 [SUPPLY-09]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="297" />
            <source>Collector: {name} (signs for the issue)</source>
            <translation>领用人：{name}（签收）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="305" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="330" />
            <source>The old one was handed in (exchange for the new one)</source>
            <translation>已交回旧物（交旧领新）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="332" />
            <source>What was handed in</source>
            <translation>交回的旧物</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="333" />
            <source>Approval no. if no old one</source>
            <translation>无旧物时的审批文号</translation>
        </message>
    </context>
    <context>
        <name>IssueViewDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="395" />
            <source>Issue</source>
            <translation>领用单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="411" />
            <source>Issue {no}</source>
            <translation>领用单 {no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="414" />
            <source>&lt;b&gt;{no}&lt;/b&gt; · {department} · collector {collector} · issued {on} · {signed}</source>
            <translation>&lt;b&gt;{no}&lt;/b&gt; · {department} · 领用人 {collector} · {on} 领用 · {signed}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="416" />
            <source>signed for {at}</source>
            <translation>{at} 已签收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="417" />
            <source>not signed for yet</source>
            <translation>尚未签收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="419" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Item code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="423" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Unit of measure</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Held by</source>
            <translation>保管人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="424" />
            <source>Old one returned</source>
            <translation>交旧领新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="425" />
            <source>Old item returned</source>
            <translation>交回旧物</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="425" />
            <source>Approval</source>
            <translation>审批文号</translation>
        </message>
    </context>
    <context>
        <name>IssuesPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="61" />
            <source>Not signed for only</source>
            <translation>仅显示未签收的</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="64" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="66" />
            <source>From:</source>
            <translation>自：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="68" />
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="74" />
            <source>Issue supplies…</source>
            <translation>发放领用…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="75" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="76" />
            <source>Sign for it</source>
            <translation>签收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="77" />
            <source>Collectors…</source>
            <translation>领用人…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="78" />
            <source>Holdings and hand-back…</source>
            <translation>个人保管与交回…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="79" />
            <source>Issue register (PDF)…</source>
            <translation>领用登记（PDF）…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="80" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="111" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="123" />
            <source>{n} issue(s) await your signature</source>
            <translation>{n} 笔领用待您签收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="127" />
            <source>✗ not signed</source>
            <translation>✗ 未签收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="129" />
            <source>Issue no.</source>
            <translation>领用单号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="129" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="129" />
            <source>Collector</source>
            <translation>领用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Issued on</source>
            <translation>领用日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Lines</source>
            <translation>品种数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="130" />
            <source>Signed for</source>
            <translation>签收</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/issues_panel.py" line="199" />
            <source>Issue register</source>
            <translation>办公用品发放登记</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="249" />
            <source>Item {code}</source>
            <translation>物品 {code}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="250" />
            <source>New office-supply item</source>
            <translation>新增办公用品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="252" />
            <source>Left empty: the next number (BG0001…)</source>
            <translation>不填则自动编号（BG0001…）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="267" />
            <source>On the government procurement catalogue (not bought by the office itself) [SUPPLY-07]</source>
            <translation>列入政府采购目录（不得自行采购）[SUPPLY-07]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="270" />
            <source>Fixed-asset category when a unit qualifies as a fixed asset</source>
            <translation>单价达到固定资产标准时的资产分类</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="271" />
            <source>Lent out, not issued (equipment such as cameras) [SUPPLY-14]</source>
            <translation>只借不领（照相机等设备）[SUPPLY-14]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="274" />
            <source>Code:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="275" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="276" />
            <source>Category:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="277" />
            <source>Specification / model:</source>
            <translation>规格型号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="278" />
            <source>Unit of measure:</source>
            <translation>计量单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="279" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="280" />
            <source>Reorder level:</source>
            <translation>补货线：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="281" />
            <source>Fixed-asset category:</source>
            <translation>固定资产分类：</translation>
        </message>
    </context>
    <context>
        <name>JournalView</name>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="35" />
            <source>Cash journal</source>
            <translation>现金日记账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="36" />
            <source>Bank journal</source>
            <translation>银行存款日记账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="39" />
            <source>Show</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="43" />
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="69" />
            <source>Debit (in)</source>
            <translation>借方（收入）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="70" />
            <source>Credit (out)</source>
            <translation>贷方（支出）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="72" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="83" />
            <source>Opening balance</source>
            <translation>期初余额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="86" />
            <source>Day total</source>
            <translation>本日合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="93" />
            <source>Period total / closing balance</source>
            <translation>本期合计 / 期末余额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="125" />
            <source>No cash or bank account moved in this period.</source>
            <translation>本期现金、银行账户没有发生额。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/journal_view.py" line="131" />
            <source>Every day with movements has its closing balance (VOUCH-13).</source>
            <translation>有收付的每一天均已日结（VOUCH-13）。</translation>
        </message>
    </context>
    <context>
        <name>LabelDialog</name>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="40" />
            <location filename="../desktop/ui/assets/label_dialog.py" line="41" />
            <location filename="../desktop/ui/assets/label_dialog.py" line="90" />
            <source>Asset labels</source>
            <translation>资产标签</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="46" />
            <source>Selected cards ({n})</source>
            <translation>所选资产（{n} 张）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="55" />
            <source>Make labels</source>
            <translation>生成标签</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="59" />
            <source>Cards:</source>
            <translation>资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="61" />
            <source>Label stock:</source>
            <translation>标签纸：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="80" />
            <source>No cards to label.</source>
            <translation>没有可打印标签的资产。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/label_dialog.py" line="91" />
            <source>{n} label(s) on {pages} page(s)</source>
            <translation>{n} 个标签，共 {pages} 页</translation>
        </message>
    </context>
    <context>
        <name>LedgerModel</name>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Ledger account</source>
            <translation>会计科目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="75" />
            <source>Debit</source>
            <translation>借方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="76" />
            <source>Credit</source>
            <translation>贷方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="76" />
            <source>Dr/Cr</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="76" />
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="95" />
            <source>Opening balance</source>
            <translation>期初余额</translation>
        </message>
    </context>
    <context>
        <name>LedgerView</name>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="124" />
            <source>Include unposted vouchers</source>
            <translation>含未记账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="129" />
            <source>All departments</source>
            <translation>全部部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="132" />
            <source>All economic classes</source>
            <translation>全部经济分类</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="133" />
            <source>Show</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="141" />
            <source>Ledger account:</source>
            <translation>会计科目：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="143" />
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="235" />
            <source>Ledger: {code} {name}</source>
            <translation>明细账：{code} {name}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/ledger_view.py" line="240" />
            <source>{shown} of {total} lines</source>
            <translation>已显示 {shown} / 共 {total} 行</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <location filename="../desktop/ui/record_form.py" line="90" />
            <source>Add a row</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/record_form.py" line="92" />
            <source>Remove the selected row</source>
            <translation>删除所选行</translation>
        </message>
    </context>
    <context>
        <name>LoanRequestDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="36" />
            <source>Borrow equipment</source>
            <translation>借用设备</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="43" />
            <source>(main store)</source>
            <translation>（主库房）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="49" />
            <source>What the equipment is needed for</source>
            <translation>借用用途</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="52" />
            <source>(myself)</source>
            <translation>（本人）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="53" />
            <source>Item:</source>
            <translation>物品：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="54" />
            <source>From store:</source>
            <translation>借出库房：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="55" />
            <source>Quantity:</source>
            <translation>数量：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="56" />
            <source>Return by:</source>
            <translation>归还期限：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="57" />
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="58" />
            <source>Borrower:</source>
            <translation>借用人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="60" />
            <source>The office head consents; the keeper and you then check the item and both sign [SUPPLY-14].</source>
            <translation>经办公室负责人签字同意后借用；保管人与借用人共同检查物品并分别签字 [SUPPLY-14]。</translation>
        </message>
    </context>
    <context>
        <name>LoansPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="148" />
            <source>All loans</source>
            <translation>全部借用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="149" />
            <source>Waiting for me</source>
            <translation>待我处理</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="150" />
            <source>Overdue</source>
            <translation>逾期未还</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="157" />
            <source>Borrow…</source>
            <translation>借用申请…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="158" />
            <source>Consent…</source>
            <translation>同意…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="159" />
            <source>Refuse…</source>
            <translation>不同意…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="160" />
            <source>Sign for lending…</source>
            <translation>借出签字…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="161" />
            <source>Sign for return…</source>
            <translation>归还签字…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="162" />
            <source>Loan sheet…</source>
            <translation>借用单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="163" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="173" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Loan no.</source>
            <translation>借用单号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="211" />
            <source>Borrower</source>
            <translation>借用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="212" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="212" />
            <source>Return by</source>
            <translation>归还期限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="213" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="214" />
            <source>(overdue)</source>
            <translation>（逾期）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="221" />
            <source>{n} loan(s)</source>
            <translation>共 {n} 笔借用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="223" />
            <source>{n} overdue</source>
            <translation>逾期 {n} 笔</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="278" />
            <source>Loan sheet {no}</source>
            <translation>借用单 {no}</translation>
        </message>
    </context>
    <context>
        <name>LockCover</name>
        <message>
            <location filename="../desktop/ui/lock_cover.py" line="18" />
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../desktop/ui/lock_dialog.py" line="24" />
            <source>The screen was locked after a period without activity. {name} ({username}), enter your password to continue.</source>
            <translation>长时间无操作，屏幕已锁定。{name}（{username}），请输入密码继续。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/lock_dialog.py" line="34" />
            <source>Wrong password.</source>
            <translation>密码错误。</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="6" />
            <source>Screen locked</source>
            <translation>屏幕已锁定</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="16" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="29" />
            <source>Switch user</source>
            <translation>切换用户</translation>
        </message>
        <message>
            <location filename="../forms/lock_dialog.ui" line="31" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../desktop/ui/login_dialog.py" line="24" />
            <source>Sign in — {app}</source>
            <translation>登录 — {app}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/login_dialog.py" line="31" />
            <location filename="../forms/login_dialog.ui" line="6" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../desktop/ui/login_dialog.py" line="46" />
            <source>Please enter your username.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <location filename="../forms/login_dialog.ui" line="17" />
            <source>Bureau Desk</source>
            <translation>机关办公财务系统</translation>
        </message>
        <message>
            <location filename="../forms/login_dialog.ui" line="32" />
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <location filename="../forms/login_dialog.ui" line="43" />
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
    </context>
    <context>
        <name>LostDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="323" />
            <source>Report seal lost</source>
            <translation>印章挂失</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="326" />
            <source>Report {seal} lost or stolen? It is declared void at once and its certificate is revoked from now on: every later use is refused. This cannot be undone.</source>
            <translation>确定挂失{seal}吗？印章将立即声明作废，其证书自即刻起吊销，此后任何用印一律拒绝。此操作不可撤销。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="329" />
            <source>When and how it was found missing (required)</source>
            <translation>发现时间和经过（必填）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="331" />
            <source>Circumstances:</source>
            <translation>挂失情况：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="332" />
            <source>Declare void</source>
            <translation>挂失作废</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../desktop/ui/main_window.py" line="65" />
            <source>Change &amp;signing passphrase…</source>
            <translation>修改签名口令(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="174" />
            <source>Signed in: {name} ({username})</source>
            <translation>当前用户：{name}（{username}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="176" />
            <source>Positions: {positions}</source>
            <translation>岗位：{positions}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="193" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="264" />
            <source>Password changed.</source>
            <translation>密码已修改。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="272" />
            <source>Signing passphrase changed: {n} key(s) re-encrypted.</source>
            <translation>签名口令已修改：已重新加密 {n} 个私钥。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main_window.py" line="280" />
            <source>Collective decision {minute_no} recorded.</source>
            <translation>已登记集体决策纪要 {minute_no}。</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="6" />
            <source>Bureau Desk</source>
            <translation>机关办公财务系统</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="31" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="41" />
            <source>&amp;Business</source>
            <translation>业务(&amp;B)</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="45" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="53" />
            <source>Change &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="54" />
            <source>&amp;Lock screen</source>
            <translation>锁定屏幕(&amp;L)</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="55" />
            <source>&amp;Switch user</source>
            <translation>切换用户(&amp;S)</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="56" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="57" />
            <source>Record &amp;collective decision (minute)…</source>
            <translation>登记集体决策纪要(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="58" />
            <source>&amp;Verify PDF signatures…</source>
            <translation>验证PDF签名(&amp;V)…</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="58" />
            <source>Check the signatures of an approval sheet PDF (or drop a PDF on the window)</source>
            <translation>验证审批单PDF的电子签名（也可将PDF拖入窗口）</translation>
        </message>
        <message>
            <location filename="../forms/main_window.ui" line="59" />
            <source>&amp;About Bureau Desk</source>
            <translation>关于本系统(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>MeetingClaimDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="294" />
            <source>Meeting-cost claim</source>
            <translation>会议费报销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="298" />
            <source>Approved meeting:</source>
            <translation>已批准的会议：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="302" />
            <source>Delegates signed in:</source>
            <translation>签到会议代表：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="303" />
            <source>Staff signed in:</source>
            <translation>签到工作人员：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="304" />
            <source>Lodging:</source>
            <translation>住宿：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="305" />
            <source>Food:</source>
            <translation>伙食费：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="306" />
            <source>Other:</source>
            <translation>其他费用：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="307" />
            <source>Approval document attached</source>
            <translation>已附会议审批文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="308" />
            <source>Meeting notice attached</source>
            <translation>已附会议通知</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="309" />
            <source>Sign-in sheet attached</source>
            <translation>已附实际参会人员签到表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="310" />
            <source>Itemised bills attached</source>
            <translation>已附费用原始明细单据</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="236" />
            <source>New meeting</source>
            <translation>新建会议审批</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="239" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="240" />
            <source>Category:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="242" />
            <source>Content:</source>
            <translation>会议内容：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="243" />
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="244" />
            <source>Days:</source>
            <translation>天数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="245" />
            <source>Arrival and departure days:</source>
            <translation>报到和离会天数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="246" />
            <source>Venue:</source>
            <translation>会议地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="247" />
            <source>Delegates:</source>
            <translation>会议代表：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="248" />
            <source>Staff:</source>
            <translation>工作人员：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="249" />
            <source>Lodging budget:</source>
            <translation>住宿费预算：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="250" />
            <source>Food budget:</source>
            <translation>伙食费预算：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="251" />
            <source>Other budget:</source>
            <translation>其他费用预算：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="252" />
            <source>Briefing meeting</source>
            <translation>传达、布置类会议</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="253" />
            <source>Mode:</source>
            <translation>会议形式：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="255" />
            <source>Annual plan:</source>
            <translation>年度会议计划：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="256" />
            <source>(not in the annual plan)</source>
            <translation>（未列入年度计划）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="262" />
            <source>Higher approval no. (categories 2–3):</source>
            <translation>上级批准文号（二、三类会议）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="263" />
            <source>Cap:</source>
            <translation>综合定额：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="272" />
            <source>not set: enter it in Rules → Standards [MEET-09]</source>
            <translation>未设置：请在 规则配置 → 标准 中录入 [MEET-09]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="275" />
            <source>set separately [MEET-09]</source>
            <translation>另行制订 [MEET-09]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="278" />
            <source>{rate} yuan per person-day × {pd} person-days = {cap} yuan [MEET-09]</source>
            <translation>{rate}元/人天 × {pd}人天 ＝ {cap}元 [MEET-09]</translation>
        </message>
    </context>
    <context>
        <name>MeetingPlanDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="378" />
            <source>Annual meeting plan</source>
            <translation>年度会议计划</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="380" />
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="383" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="383" />
            <source>Category (1-5)</source>
            <translation>类别（1-5）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="383" />
            <source>Content</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>Delegates</source>
            <translation>会议代表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="384" />
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="385" />
            <source>Budget</source>
            <translation>经费预算</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="386" />
            <source>Meetings:</source>
            <translation>会议：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="387" />
            <source>Reason if after 31 October:</source>
            <translation>10月31日后报送的原因：</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="77" />
            <source>Not done</source>
            <translation>未能办理</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="81" />
            <source>The action was refused for the following reasons:</source>
            <translation>未能办理，原因如下：</translation>
        </message>
    </context>
    <context>
        <name>ModulePage</name>
        <message>
            <location filename="../desktop/ui/module_page.py" line="56" />
            <source>Export signed PDFs…</source>
            <translation>导出已签PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="58" />
            <source>Save the signed approval sheets of the selected documents to a folder</source>
            <translation>将所选单据的已签审批单PDF保存到文件夹</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Title</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="63" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="64" />
            <source>Current step</source>
            <translation>当前环节</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="64" />
            <source>Submitter</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="64" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="66" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/module_page.py" line="74" />
            <source>Documents: {n}</source>
            <translation>共 {n} 张单据</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="17" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="18" />
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="19" />
            <source>Archive</source>
            <translation>归档</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="19" />
            <source>File an approved document (finance head, accountant or office head)</source>
            <translation>将已批准的单据归档（财务负责人、会计或办公室主任办理）</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="20" />
            <source>Preview / print sheet…</source>
            <translation>预览/打印审批单…</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="20" />
            <source>The approval sheet: the signed PDF as stored, or the unsigned sheet</source>
            <translation>审批单：已签名的存档PDF，或尚未签名的审批单</translation>
        </message>
        <message>
            <location filename="../forms/module_page.ui" line="21" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
    </context>
    <context>
        <name>MovesListPage</name>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="47" />
            <source>Request transfer in…</source>
            <translation>申请调入…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/assets_page.py" line="49" />
            <source>Request disposal…</source>
            <translation>申请处置…</translation>
        </message>
    </context>
    <context>
        <name>MyWorkTabs</name>
        <message>
            <location filename="../desktop/ui/home_page.py" line="81" />
            <source>Nothing of yours is in progress.</source>
            <translation>您没有在办的单据。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="82" />
            <source>Nothing has been returned to you.</source>
            <translation>没有退回给您的单据。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="83" />
            <source>No approved claim of yours is waiting for payment.</source>
            <translation>您没有已批准待付款的报销单。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="91" />
            <source>Nothing in office supplies is waiting for you.</source>
            <translation>暂无待办的办公用品事项。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Title</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="99" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="100" />
            <source>Current step</source>
            <translation>当前环节</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="102" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="111" />
            <source>Waiting for me ({n})</source>
            <translation>待我审批（{n}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="111" />
            <source>My documents in progress ({n})</source>
            <translation>我的在办单据（{n}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="112" />
            <source>Returned to me ({n})</source>
            <translation>退回给我（{n}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="113" />
            <source>Approved, not yet paid ({n})</source>
            <translation>已批准待付款（{n}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="126" />
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="126" />
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="126" />
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <location filename="../desktop/ui/home_page.py" line="140" />
            <source>Office supplies ({n})</source>
            <translation>办公用品（{n}）</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <location filename="../desktop/ui/navigation.py" line="22" />
            <source>Home (to do)</source>
            <translation>首页（待办）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="23" />
            <source>My documents</source>
            <translation>我的单据</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="24" />
            <source>Seals</source>
            <translation>印章管理</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="25" />
            <source>Expenses &amp; vouchers</source>
            <translation>报销与凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="26" />
            <source>Books</source>
            <translation>账簿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="27" />
            <source>Fixed assets</source>
            <translation>固定资产</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="28" />
            <source>Office supplies</source>
            <translation>办公用品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="29" />
            <source>Travel</source>
            <translation>差旅</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="30" />
            <source>Reception · vehicles · meetings</source>
            <translation>接待·用车·会议</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="32" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/navigation.py" line="33" />
            <source>System administration</source>
            <translation>系统管理</translation>
        </message>
    </context>
    <context>
        <name>NewDocumentDialog</name>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="6" />
            <source>New document</source>
            <translation>新建单据</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="10" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="12" />
            <source>Title:</source>
            <translation>事由：</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="14" />
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="16" />
            <source>Amount (yuan):</source>
            <translation>金额（元）：</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="18" />
            <source>Days:</source>
            <translation>天数：</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="20" />
            <source>Category:</source>
            <translation>类别：</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="24" />
            <source>Submit for approval now</source>
            <translation>立即提交审批</translation>
        </message>
        <message>
            <location filename="../forms/new_document_dialog.ui" line="32" />
            <source>Signing passphrase:</source>
            <translation>签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="96" />
            <source>Your signing passphrase certifies the approval sheet as its handler.</source>
            <translation>输入签名口令，以经办人身份签发（认证）审批单。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/new_document_dialog.py" line="97" />
            <source>You have no valid signing certificate: the approval sheet will not be signed.</source>
            <translation>您没有有效的个人签名证书：审批单将不签名。</translation>
        </message>
    </context>
    <context>
        <name>NewStocktakeDialog</name>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="34" />
            <source>New count</source>
            <translation>新建盘点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="37" />
            <source>{year} annual count</source>
            <translation>{year}年度资产清查</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="38" />
            <source>A location (a whole room)</source>
            <translation>存放地点（整间）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="39" />
            <source>A department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="77" />
            <source>Count title:</source>
            <translation>盘点名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="78" />
            <source>What is counted:</source>
            <translation>盘点范围：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="79" />
            <source>Count date:</source>
            <translation>盘点日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="80" />
            <source>Counted jointly by the asset manager, finance staff and the users (ASSET-06):</source>
            <translation>由资产管理员、财会人员和使用人员共同盘点（ASSET-06）：</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../desktop/ui/signing.py" line="64" />
            <source>Signing passphrase:</source>
            <translation>签名口令：</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="22" />
            <source>Record payment</source>
            <translation>登记付款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="31" />
            <source>Method:</source>
            <translation>付款方式：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="32" />
            <source>Paid on:</source>
            <translation>付款日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/payment_dialog.py" line="33" />
            <source>Reference:</source>
            <translation>交易参考号：</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="68" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="71" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="102" />
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_preview.py" line="102" />
            <source>Printing was cancelled.</source>
            <translation>已取消打印。</translation>
        </message>
    </context>
    <context>
        <name>PdfVerifyDialog</name>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="39" />
            <source>Issued by the handler</source>
            <translation>经办人签发</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="41" />
            <source>Bureau seal</source>
            <translation>单位印章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="43" />
            <source>Bureau seal on the document</source>
            <translation>文件上的单位印章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="45" />
            <source>Step {n}</source>
            <translation>第{n}步</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="52" />
            <source>Field</source>
            <translation>签名栏</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="52" />
            <source>Signer</source>
            <translation>签名人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="53" />
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="53" />
            <source>Signed at (UTC)</source>
            <translation>签名时间（UTC）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="54" />
            <source>Intact</source>
            <translation>完整</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="54" />
            <source>Trusted</source>
            <translation>可信</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="55" />
            <source>Revoked</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="55" />
            <source>After it</source>
            <translation>此后允许</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="56" />
            <source>Changes allowed</source>
            <translation>修改合规</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="57" />
            <source>no changes (locked)</source>
            <translation>不允许任何改动（已锁定）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="58" />
            <source>form filling and signing</source>
            <translation>仅限填表和签名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="61" />
            <source>form filling, comments and signing</source>
            <translation>仅限填表、批注和签名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="64" />
            <source>Verify a signed PDF</source>
            <translation>验证PDF签名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="67" />
            <source>Open a PDF or drop it here.</source>
            <translation>请打开PDF文件，或将其拖到此处。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="72" />
            <source>Open PDF…</source>
            <translation>打开PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="85" />
            <source>Open PDF</source>
            <translation>打开PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="85" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="105" />
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="110" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="111" />
            <source>NO</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="116" />
            <source>YES</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="116" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="127" />
            <source>(not signed)</source>
            <translation>（未签）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="141" />
            <source>Complete: all signatures intact and trusted, every signature field signed.</source>
            <translation>完整：所有签名完整且可信，各签名栏均已签署。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="143" />
            <source>Incomplete: the signatures present are intact and trusted; not signed yet: </source>
            <translation>未签完：已有签名完整且可信；尚未签署：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="145" />
            <source>Superseded: </source>
            <translation>已有更新版本：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pdf_verify_dialog.py" line="146" />
            <source>NOT OK: </source>
            <translation>未通过：</translation>
        </message>
    </context>
    <context>
        <name>PendingPage</name>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="41" />
            <source>Export signed PDFs…</source>
            <translation>导出已签PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="43" />
            <source>Save the signed approval sheets of the selected documents to a folder</source>
            <translation>将所选单据的已签审批单PDF保存到文件夹</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Title</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="58" />
            <source>Submitter</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="59" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="59" />
            <source>Current step</source>
            <translation>当前环节</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="61" />
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="70" />
            <source>System administrators take no business approvals.</source>
            <translation>系统管理员不办理业务审批。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="73" />
            <source>Documents waiting: {n}</source>
            <translation>待办 {n} 件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="75" />
            <source>Nothing is waiting for you.</source>
            <translation>暂无待办事项。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="86" />
            <source>Waiting for me ({n})</source>
            <translation>待我审批（{n}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="96" />
            <source>Sign audit checkpoint…</source>
            <translation>签署审计检查点…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/pending_page.py" line="133" />
            <source>Scheduled backup written: {path}</source>
            <translation>已按计划备份：{path}</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="12" />
            <source>Waiting for my approval</source>
            <translation>待我审批</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="17" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="40" />
            <source>Approve</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="41" />
            <source>Return</source>
            <translation>退回</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="42" />
            <source>Reject</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="43" />
            <source>Preview / print sheet…</source>
            <translation>预览/打印审批单…</translation>
        </message>
        <message>
            <location filename="../forms/pending_page.ui" line="43" />
            <source>The approval sheet: the signed PDF as stored, or the unsigned sheet</source>
            <translation>审批单：已签名的存档PDF，或尚未签名的审批单</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="44" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="45" />
            <source>(for department…)</source>
            <translation>（所负责部门…）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="54" />
            <location filename="../forms/people_page.ui" line="32" />
            <source>In service</source>
            <translation>在职</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="54" />
            <source>Left</source>
            <translation>离职</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="55" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="55" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="55" />
            <source>Job title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="56" />
            <location filename="../forms/people_page.ui" line="44" />
            <source>Positions</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="56" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/people_page.py" line="56" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="17" />
            <source>Show people who have left</source>
            <translation>显示离职人员</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="24" />
            <source>Person</source>
            <translation>人员信息</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="26" />
            <source>Full name:</source>
            <translation>姓名：</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="28" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="30" />
            <source>Job title:</source>
            <translation>职务：</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="35" />
            <source>Add as new person</source>
            <translation>新增人员</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="36" />
            <source>Save changes</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="47" />
            <source>Remove selected position</source>
            <translation>取消所选岗位</translation>
        </message>
        <message>
            <location filename="../forms/people_page.ui" line="52" />
            <source>Assign</source>
            <translation>任命</translation>
        </message>
    </context>
    <context>
        <name>PeriodBox</name>
        <message>
            <location filename="../desktop/ui/books/period_box.py" line="28" />
            <source>All periods</source>
            <translation>全部期间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/period_box.py" line="31" />
            <source>{year} (whole year)</source>
            <translation>{year}年（全年）</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="65" />
            <source>Add catalogue item</source>
            <translation>添加目录物品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="66" />
            <source>Add a new item (described)</source>
            <translation>添加新物品（文字描述）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="67" />
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="68" />
            <source>Save plan</source>
            <translation>保存计划</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="69" />
            <source>Submit to the office</source>
            <translation>提交办公室</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="78" />
            <source>Note for the office (optional)</source>
            <translation>给办公室的备注（可选）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="87" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="87" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="87" />
            <source>Est. unit price</source>
            <translation>预计单价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="88" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="88" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="145" />
            <source>not started</source>
            <translation>未填报</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="145" />
            <source>My section's plan for {period} — {state} · due {due}</source>
            <translation>本股室{period}办公用品使用计划 — {state} · 截止 {due}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="161" />
            <source>Describe the new item: name, specification, unit</source>
            <translation>描述新物品：名称、规格、单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="205" />
            <source>Estimated total: {total}</source>
            <translation>预计金额合计：{total}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="242" />
            <source>Plan submitted</source>
            <translation>计划已提交</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="242" />
            <source>Your section's plan was sent to the office.</source>
            <translation>本股室的使用计划已提交办公室。</translation>
        </message>
    </context>
    <context>
        <name>PlanViewDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="258" />
            <source>Plan of {department}</source>
            <translation>{department}的使用计划</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="259" />
            <source>{department} · {state} · due {due}</source>
            <translation>{department} · {state} · 截止 {due}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="263" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="263" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="263" />
            <source>Est. unit price</source>
            <translation>预计单价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="264" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="264" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
    </context>
    <context>
        <name>Positions</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="43" />
            <source>Director</source>
            <translation>局长</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="44" />
            <source>Deputy director in charge</source>
            <translation>分管副局长</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="45" />
            <source>Deputy director for finance</source>
            <translation>分管财务副局长</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="46" />
            <source>Centre director</source>
            <translation>医保中心主任</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="47" />
            <source>Office head</source>
            <translation>办公室主任</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="48" />
            <source>Section head</source>
            <translation>股室负责人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="49" />
            <source>Finance head</source>
            <translation>财务负责人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="50" />
            <source>Accountant</source>
            <translation>会计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="51" />
            <source>Cashier</source>
            <translation>出纳</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="52" />
            <source>Asset manager</source>
            <translation>资产管理员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="53" />
            <source>Seal custodian</source>
            <translation>印章保管员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="54" />
            <source>Audit post</source>
            <translation>稽核</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="55" />
            <source>Handler</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="56" />
            <source>System administrator</source>
            <translation>系统管理员</translation>
        </message>
    </context>
    <context>
        <name>PresetPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="134" />
            <source>Rule preset</source>
            <translation>规则预设</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="136" />
            <source>The approval chains and thresholds the bureau starts with. The administrator can change chains, thresholds and standards later (系统管理 → 规则预设).</source>
            <translation>本单位初始采用的审批流程和金额标准。系统管理员以后可以修改流程、标准和参数（系统管理 → 规则预设）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="153" />
            <source>What differs between {first} and {second}:</source>
            <translation>{first} 与 {second} 的不同之处：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="154" />
            <source>What</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="154" />
            <source>Rules</source>
            <translation>依据</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="172" />
            <source>Threshold</source>
            <translation>金额标准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="172" />
            <source>Approval chain</source>
            <translation>审批流程</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="174" />
            <source>Incompatible posts</source>
            <translation>不相容岗位</translation>
        </message>
    </context>
    <context>
        <name>PresetsPage</name>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="57" />
            <source>Current preset: {code} {name}</source>
            <translation>当前规则预设：{code} {name}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="61" />
            <source>Parameter</source>
            <translation>参数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="61" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="61" />
            <source>Meaning (rule)</source>
            <translation>含义（规则）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="103" />
            <source>New step</source>
            <translation>新环节</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="130" />
            <source>Switch rule preset</source>
            <translation>切换规则预设</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/presets_page.py" line="132" />
            <source>Replace the bureau's parameters and approval chains with the shipped preset {code}? Documents already submitted keep the chain they were submitted with.</source>
            <translation>用内置规则预设 {code} 替换本单位的参数和审批流程吗？已提交的单据仍按提交时的流程审批。</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="11" />
            <source>Switch to shipped preset:</source>
            <translation>切换到内置预设：</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="13" />
            <source>Apply preset…</source>
            <translation>应用预设…</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="19" />
            <source>Parameters and approval chains</source>
            <translation>参数与审批流程</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="26" />
            <source>Parameters (thresholds)</source>
            <translation>参数（限额）</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="29" />
            <source>Save parameters</source>
            <translation>保存参数</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="33" />
            <source>Approval chain</source>
            <translation>审批流程</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="37" />
            <source>Document kind:</source>
            <translation>单据类型：</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="48" />
            <source>Conditions: leave empty for "always". Amounts may name a parameter as $name. Categories are separated by commas. A step with a collective condition passes only with a linked collective-decision record.</source>
            <translation>条件留空表示“总是”。金额可写参数名，如 $collective_threshold；多个类别用逗号分隔。设有集体决策条件的环节，须关联集体决策记录才能通过。</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="51" />
            <source>Add step</source>
            <translation>添加环节</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="52" />
            <source>Remove step</source>
            <translation>删除环节</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="53" />
            <source>Move up</source>
            <translation>上移</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="54" />
            <source>Move down</source>
            <translation>下移</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="56" />
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="57" />
            <source>Save chain</source>
            <translation>保存流程</translation>
        </message>
        <message>
            <location filename="../forms/presets_page.ui" line="67" />
            <source>Standards</source>
            <translation>标准</translation>
        </message>
    </context>
    <context>
        <name>ProposalVoucherDialog</name>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="53" />
            <source>Voucher for a paid claim</source>
            <translation>已付款单据的记账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="78" />
            <source>Submit voucher for review</source>
            <translation>提交凭证审核</translation>
        </message>
        <message>
            <location filename="../desktop/ui/claims/awaiting_vouchers.py" line="79" />
            <source>Your signing passphrase certifies the voucher sheet as its maker.</source>
            <translation>以签名口令作为制单人签署记账凭证。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="227" />
            <source>Quotes [SUPPLY-05]</source>
            <translation>询价记录 [SUPPLY-05]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="229" />
            <source>Add quote…</source>
            <translation>登记报价…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="231" />
            <source>Choose supplier…</source>
            <translation>选定供应商…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="236" />
            <source>Name enquirers…</source>
            <translation>指定询价人员…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="238" />
            <source>Confirm my enquiry</source>
            <translation>确认本人询价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="256" />
            <source>Purchase plan sheet…</source>
            <translation>采购计划表…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="258" />
            <source>Quotation comparison…</source>
            <translation>询价比价表…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="260" />
            <source>Approval sheet…</source>
            <translation>审批单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="262" />
            <source>Cancel purchase…</source>
            <translation>取消采购…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="271" />
            <source>Lines:</source>
            <translation>明细：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="294" />
            <source>&lt;b&gt;{no}&lt;/b&gt; {title} · {kind} · {department} · {state} · approval: {doc} · estimated {total}</source>
            <translation>&lt;b&gt;{no}&lt;/b&gt; {title} · {kind} · {department} · {state} · 审批：{doc} · 预计 {total}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Item code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="302" />
            <source>Unit of measure</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="303" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="303" />
            <source>Est. unit price</source>
            <translation>预计单价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="303" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="304" />
            <source>Section</source>
            <translation>股室</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="304" />
            <source>Received</source>
            <translation>已入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="309" />
            <source>Supplier</source>
            <translation>供货单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="309" />
            <source>Agreement supplier</source>
            <translation>协议供货商</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="309" />
            <source>Quoted total</source>
            <translation>报价金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="310" />
            <source>Quoted on</source>
            <translation>报价日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="310" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="310" />
            <source>Chosen</source>
            <translation>选定</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="311" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="317" />
            <source>Enquirers: {names}</source>
            <translation>询价人员：{names}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="317" />
            <source>none named yet</source>
            <translation>尚未指定</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="322" />
            <source>Chosen because: {reason}</source>
            <translation>选定理由：{reason}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="324" />
            <source>Procurement approval: {ref}</source>
            <translation>政府采购审批：{ref}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="365" />
            <source>Purchase plan</source>
            <translation>采购计划表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchase_dialogs.py" line="369" />
            <source>Quotation comparison</source>
            <translation>询价比价表</translation>
        </message>
    </context>
    <context>
        <name>PurchasesPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="303" />
            <source>First half-year</source>
            <translation>上半年</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="304" />
            <source>Second half-year</source>
            <translation>下半年</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="307" />
            <source>Half-year:</source>
            <translation>半年度：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="313" />
            <source>Plans of every section (office)</source>
            <translation>各股室使用计划（办公室汇总）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="319" />
            <source>Open plan</source>
            <translation>查看计划</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="321" />
            <source>Consolidate and submit…</source>
            <translation>汇总并报批…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="338" />
            <source>Ad-hoc purchase request…</source>
            <translation>临时采购申请…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="341" />
            <source>Open purchase…</source>
            <translation>查看采购…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="343" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="354" />
            <source>Half-year plans</source>
            <translation>半年度使用计划</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="355" />
            <source>Purchases and quotes</source>
            <translation>采购与询价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <source>Section</source>
            <translation>股室</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="417" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <source>Due</source>
            <translation>报送期限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="391" />
            <source>Lines</source>
            <translation>品种数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="392" />
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="418" />
            <source>Estimated total</source>
            <translation>预计金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="392" />
            <source>Submitted by</source>
            <translation>提交人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="392" />
            <source>Submitted at</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="397" />
            <source>Not submitted yet: {names}</source>
            <translation>尚未提交：{names}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="398" />
            <source>Every section has submitted its plan.</source>
            <translation>各股室均已提交使用计划。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="410" />
            <source>Half-year plan</source>
            <translation>半年度计划</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="410" />
            <source>Ad-hoc</source>
            <translation>临时采购</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="416" />
            <source>Purchase no.</source>
            <translation>采购编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="416" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="416" />
            <source>Title</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="417" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="417" />
            <source>Approval</source>
            <translation>审批文号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="418" />
            <source>Chosen supplier</source>
            <translation>选定供应商</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/purchases_panel.py" line="419" />
            <source>Chosen total</source>
            <translation>成交金额</translation>
        </message>
    </context>
    <context>
        <name>ReassignDialog</name>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="64" />
            <source>Change user or location</source>
            <translation>调整使用人或存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="68" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="74" />
            <source>Card:</source>
            <translation>资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="75" />
            <source>User:</source>
            <translation>使用人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="76" />
            <source>Location:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="77" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/card_actions.py" line="79" />
            <source>Within the department only; another department needs a transfer [ASSET-08].</source>
            <translation>仅限本部门内调整；跨部门须办理转移手续 [ASSET-08]。</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="135" />
            <source>Opening stock</source>
            <translation>期初库存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="135" />
            <source>Receive goods ordered</source>
            <translation>采购入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="158" />
            <source>Add a line</source>
            <translation>添加一行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="160" />
            <source>Remove the line</source>
            <translation>删除该行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="166" />
            <source>Purchase ordered:</source>
            <translation>采购单：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="167" />
            <source>Store:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="168" />
            <source>Received on:</source>
            <translation>入库日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="169" />
            <source>Checked by (office) [SUPPLY-08]:</source>
            <translation>验收人（办公室）[SUPPLY-08]：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="171" />
            <source>Supplier:</source>
            <translation>供货单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="172" />
            <source>Invoice no.:</source>
            <translation>发票号码：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="173" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="209" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="301" />
            <source>(choose)</source>
            <translation>（请选择）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="217" />
            <source>(choose the purchase)</source>
            <translation>（请选择采购单）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="226" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <source>Unit of measure</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="221" />
            <source>Ordered</source>
            <translation>采购数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="222" />
            <source>Received before</source>
            <translation>已入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="222" />
            <source>Still to come</source>
            <translation>未到货</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="222" />
            <source>Received now</source>
            <translation>本次入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="223" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="227" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="223" />
            <source>Spec. as ordered</source>
            <translation>规格相符</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="223" />
            <source>Quality good</source>
            <translation>质量合格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="225" />
            <source>User (if a fixed asset)</source>
            <translation>使用人（固定资产）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="226" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="266" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="332" />
            <source>Total: ¥{total}</source>
            <translation>合计：¥{total}</translation>
        </message>
    </context>
    <context>
        <name>ReceiptViewDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="374" />
            <source>Receipt</source>
            <translation>入库单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="382" />
            <source>Receipt sheet (PDF)…</source>
            <translation>入库单（PDF）…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="384" />
            <source>Draft the voucher</source>
            <translation>生成记账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="408" />
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="431" />
            <source>Receipt {no}</source>
            <translation>入库单 {no}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="411" />
            <source>&lt;b&gt;{no}&lt;/b&gt; · received {on} into {store} · checked by {checker}&lt;br&gt;purchase {purchase} · supplier {supplier} · invoice {invoice} · total ¥{total} · voucher {voucher} · claim {claim}</source>
            <translation>&lt;b&gt;{no}&lt;/b&gt; · {on} 入库（{store}）· 验收人 {checker}&lt;br&gt;采购单 {purchase} · 供应商 {supplier} · 发票 {invoice} · 合计 ¥{total} · 凭证 {voucher} · 报销单 {claim}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="415" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="416" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Item code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="419" />
            <source>Unit of measure</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="420" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="420" />
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="420" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="421" />
            <source>Spec. as ordered</source>
            <translation>规格相符</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="421" />
            <source>Quality good</source>
            <translation>质量合格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="421" />
            <source>Asset card</source>
            <translation>资产卡片</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="441" />
            <source>Voucher</source>
            <translation>凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="441" />
            <source>The voucher is drafted: {no}</source>
            <translation>已生成记账凭证：{no}</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="40" />
            <source>Receive an order…</source>
            <translation>采购入库…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="42" />
            <source>Opening stock…</source>
            <translation>期初库存…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="44" />
            <source>Open / print…</source>
            <translation>查看/打印…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="46" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Receipt no.</source>
            <translation>入库单号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Purchase</source>
            <translation>购置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="89" />
            <source>Received on</source>
            <translation>入库日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Supplier</source>
            <translation>供货单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Invoice no.</source>
            <translation>发票号码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="90" />
            <source>Checked by</source>
            <translation>验收人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="91" />
            <source>Voucher</source>
            <translation>凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="95" />
            <source>{n} receipt(s) await a voucher</source>
            <translation>{n} 张入库单待生成凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="99" />
            <source>Bought</source>
            <translation>采购入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/receipts_panel.py" line="99" />
            <source>Opening stock</source>
            <translation>期初库存</translation>
        </message>
    </context>
    <context>
        <name>ReceptionDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="67" />
            <source>New reception approval</source>
            <translation>新建公务接待审批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="69" />
            <source>Visiting unit:</source>
            <translation>来访单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="70" />
            <source>Official letter no.:</source>
            <translation>公函文号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="71" />
            <source>Guests:</source>
            <translation>接待对象人数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="72" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="72" />
            <source>Unit (if not the visiting unit)</source>
            <translation>单位（与来访单位不同时填写）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="73" />
            <source>Job title</source>
            <translation>职务</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="74" />
            <source>Visitors:</source>
            <translation>来宾名单：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="75" />
            <source>Official business:</source>
            <translation>公务活动：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="76" />
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="77" />
            <source>Lodging:</source>
            <translation>住宿：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="78" />
            <source>Paid by the guests</source>
            <translation>自理</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="78" />
            <source>Arranged by the bureau</source>
            <translation>本局安排</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="79" />
            <source>Accompanying at most:</source>
            <translation>陪餐人数上限：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="80" />
            <source>Accompanying diners (names, 、):</source>
            <translation>陪餐人员（姓名，用“、”分隔）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="81" />
            <source>Venue of the meals:</source>
            <translation>用餐地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="83" />
            <source>Working meals:</source>
            <translation>工作餐：</translation>
        </message>
    </context>
    <context>
        <name>ReceptionListDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="102" />
            <source>Reception list</source>
            <translation>公务接待清单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="106" />
            <source>Approved reception:</source>
            <translation>已批准的接待：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="110" />
            <source>Meals served:</source>
            <translation>实际用餐：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="113" />
            <source>Bill item</source>
            <translation>消费明细</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="113" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="113" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="121" />
            <source>Bill items:</source>
            <translation>消费明细：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="122" />
            <source>Lodging:</source>
            <translation>住宿：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="123" />
            <source>Transport:</source>
            <translation>出行方式：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="124" />
            <source>Accompanying diners (names, 、):</source>
            <translation>陪餐人员（姓名，用“、”分隔）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="125" />
            <source>Venue of the meals:</source>
            <translation>用餐地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="128" />
            <source>Invoices attached:</source>
            <translation>所附发票张数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="129" />
            <source>The official letter is attached</source>
            <translation>已附派出单位公函</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="130" />
            <source>Guests from Hong Kong, Macau or Taiwan</source>
            <translation>港澳台来宾</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="131" />
            <source>No alcohol, cigarettes, gifts, tours or entertainment</source>
            <translation>未安排酒水香烟、礼品、旅游和娱乐活动</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <location filename="../desktop/ui/record_form.py" line="183" />
            <source>Check against the rules</source>
            <translation>按规定检查</translation>
        </message>
        <message>
            <location filename="../desktop/ui/record_form.py" line="235" />
            <source>Within the rules and standards</source>
            <translation>符合规定和标准</translation>
        </message>
    </context>
    <context>
        <name>RegisterItemDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="664" />
            <source>Register custody item</source>
            <translation>登记保管物品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="667" />
            <source>Register an item kept like a seal but not engraved, such as the cheque book. It is held by its custodian from today; the cashier may not also keep the finance seal (SEAL-16).</source>
            <translation>登记按印章管理但无须刻制的物品，如支票簿。自今日起由保管人保管；出纳人员不得同时保管支票和财务专用章（SEAL-16）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="674" />
            <source>e.g. zero-balance account cheque book</source>
            <translation>例如：零余额账户支票簿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="684" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="685" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="686" />
            <source>Custodian:</source>
            <translation>保管人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="687" />
            <source>Storage place:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="688" />
            <source>Department:</source>
            <translation>部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="698" />
            <source>Enter the item's name.</source>
            <translation>请填写物品名称。</translation>
        </message>
    </context>
    <context>
        <name>RegisterPreview</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="150" />
            <source>Save as PDF…</source>
            <translation>另存为PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="152" />
            <source>Save as PDF</source>
            <translation>另存为PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="152" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RegistryTab</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="228" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="233" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="238" />
            <source>All custodians</source>
            <translation>全部保管人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="244" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="248" />
            <source>Request engraving…</source>
            <translation>申请刻制…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="252" />
            <source>Register custody item…</source>
            <translation>登记保管物品…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="254" />
            <source>A cheque book or another item kept like a seal (SEAL-16)</source>
            <translation>支票簿等按印章管理的保管物品（SEAL-16）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="257" />
            <source>Publish revocation list…</source>
            <translation>发布吊销列表…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="259" />
            <source>The revoked seal and signing certificates as a CRL file for verifiers</source>
            <translation>将已吊销的印章和签名证书发布为吊销列表（CRL）文件，供验证方使用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="263" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="263" />
            <source>Seal kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="264" />
            <source>Custodian:</source>
            <translation>保管人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="328" />
            <source>Seal registry</source>
            <translation>印章台账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <location filename="../desktop/ui/seals_page.py" line="398" />
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <location filename="../desktop/ui/seals_page.py" line="399" />
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Custodian</source>
            <translation>保管人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <location filename="../desktop/ui/seals_page.py" line="403" />
            <source>Storage place</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="333" />
            <source>Seal name</source>
            <translation>印章名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="334" />
            <location filename="../desktop/ui/seals_page.py" line="398" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="334" />
            <location filename="../desktop/ui/seals_page.py" line="405" />
            <source>Enabled on</source>
            <translation>启用日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="336" />
            <location filename="../desktop/ui/seals_page.py" line="404" />
            <source>Police filing no.</source>
            <translation>公安备案编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="338" />
            <source>{name} (delegated until {until})</source>
            <translation>{name}（委托至{until}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="347" />
            <source>Seals: {n}</source>
            <translation>共 {n} 枚</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="372" />
            <source>No seal selected</source>
            <translation>未选择印章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="384" />
            <source>No impression</source>
            <translation>无印鉴样底</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="387" />
            <source>Actions for a seal that is {status}:</source>
            <translation>“{status}”状态的印章可办理：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="391" />
            <source>The engraving request is in approval; the police filing is recorded once it is approved.</source>
            <translation>刻制申请审批中；批准后方可登记公安备案。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="393" />
            <source>No further actions for a seal that is {status}.</source>
            <translation>“{status}”状态的印章不能再办理其他事项。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="402" />
            <source>Custodian of record</source>
            <translation>原保管人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="405" />
            <source>Engraving unit</source>
            <translation>刻制单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="406" />
            <source>Certificate serial</source>
            <translation>证书序列号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="408" />
            <source>Certificate revoked</source>
            <translation>证书吊销时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="414" />
            <source>No records</source>
            <translation>无记录</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="415" />
            <source>Status history</source>
            <translation>状态记录</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="415" />
            <source>Custody</source>
            <translation>保管与交接</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="415" />
            <source>Take-outs</source>
            <translation>携出记录</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="428" />
            <source>long-term</source>
            <translation>长期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="433" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Custody from</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="436" />
            <source>Custody until</source>
            <translation>期限至</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="436" />
            <source>Reason for handover</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="439" />
            <source>Persons carrying</source>
            <translation>携带人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="435" />
            <source>Handed over by</source>
            <translation>移交人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Out on</source>
            <translation>携出日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Back on</source>
            <translation>归还日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="438" />
            <source>Destination</source>
            <translation>前往地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="439" />
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
    </context>
    <context>
        <name>RepairDialog</name>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="117" />
            <source>Request a repair</source>
            <translation>申请维修</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="121" />
            <source>What is wrong</source>
            <translation>故障情况</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="123" />
            <source>Sent out of the bureau for repair (computer equipment needs the office head's approval) [ASSET-10]</source>
            <translation>送外维修（计算机设备须经资产管理归口部门负责人批准）[ASSET-10]</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="127" />
            <source>(nobody: normal wear)</source>
            <translation>（无：正常损耗）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="128" />
            <source>Card:</source>
            <translation>资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="129" />
            <source>Fault:</source>
            <translation>故障：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="131" />
            <source>Damage caused by:</source>
            <translation>损坏责任人：</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="31" />
            <source>Spending returns</source>
            <translation>支出报表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="34" />
            <source>Year:</source>
            <translation>年度：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="44" />
            <source>Travel, reception, vehicles and meetings by department and month:</source>
            <translation>差旅、接待、用车、会议（分部门分月）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="45" />
            <source>Spending by department and month (Excel)…</source>
            <translation>分部门分月支出（Excel）…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="46" />
            <source>Spending report for print (PDF)…</source>
            <translation>支出报表打印版（PDF）…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="47" />
            <source>Meetings:</source>
            <translation>会议：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="48" />
            <source>Annual meeting plan (Excel)…</source>
            <translation>年度会议计划（Excel）…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="49" />
            <source>Annual meeting report (Excel)…</source>
            <translation>会议年度报告（Excel）…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="50" />
            <source>Annual meeting report for print (PDF)…</source>
            <translation>会议年度报告打印版（PDF）…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="61" />
            <source>Print preview…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="86" />
            <source>{n} page(s)</source>
            <translation>共 {n} 页</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="96" />
            <source>Save report</source>
            <translation>保存报表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="104" />
            <source>Saved</source>
            <translation>已保存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="104" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="116" />
            <location filename="../desktop/ui/reports_page.py" line="118" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reports_page.py" line="117" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../forms/reports_page.ui" line="9" />
            <source>Documents by kind and state</source>
            <translation>单据统计（按类型和状态）</translation>
        </message>
        <message>
            <location filename="../forms/reports_page.ui" line="11" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
    </context>
    <context>
        <name>RevokeCertificateDialog</name>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="102" />
            <source>Revoke signing certificate</source>
            <translation>吊销签名证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="105" />
            <source>Revoke the signing certificate of &lt;b&gt;{name}&lt;/b&gt; (serial {serial})? {name} can no longer sign; signatures made with it show as revoked. This cannot be undone.</source>
            <translation>确定吊销 &lt;b&gt;{name}&lt;/b&gt; 的签名证书（序列号 {serial}）吗？吊销后{name}不能再签名，已用该证书所作的签名将显示为已吊销。此操作不可撤销。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="109" />
            <source>Reason (required), e.g. left the bureau, passphrase disclosed</source>
            <translation>原因（必填），如：调离本单位、口令泄露</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="115" />
            <source>Revoke certificate</source>
            <translation>吊销证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="121" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/certificates_page.py" line="132" />
            <source>State the reason for revoking.</source>
            <translation>请填写吊销原因。</translation>
        </message>
    </context>
    <context>
        <name>RootCaPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="43" />
            <source>The bureau's root certificate</source>
            <translation>本单位签名根证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="45" />
            <source>It issues every person's signing certificate and every electronic seal. Its key is stored encrypted with this passphrase, asked for when a certificate is issued.</source>
            <translation>用于签发每个人的签名证书和每枚电子印章。其私钥用此口令加密保存，签发证书时需要输入。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="47" />
            <source>Same as the administrator password</source>
            <translation>与管理员密码相同</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="56" />
            <source>Root passphrase:</source>
            <translation>根证书口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="57" />
            <source>Passphrase again:</source>
            <translation>再次输入口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="62" />
            <source>A copy of the root key on removable media</source>
            <translation>将根证书私钥备份到移动存储介质</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="64" />
            <source>Write a copy to this folder after Finish:</source>
            <translation>完成设置后写入以下文件夹：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="68" />
            <source>a USB drive, e.g. E:\</source>
            <translation>U 盘，如 E:\</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="69" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="76" />
            <source>The key file stays encrypted with the root passphrase; a README beside it says what it is and how it is used. Label the drive and keep it in the safe, apart from the passphrase.</source>
            <translation>私钥文件仍由根证书口令加密；旁边的说明文件写明了它是什么、如何使用。请给介质贴上标签，存放在保险柜中，与口令分开保管。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="79" />
            <source>Without a copy, the root key exists only in this database and its backups: if they are all lost, documents signed so far can no longer be shown as this bureau's.</source>
            <translation>不备份时，根证书私钥只存在于本数据库及其备份中：一旦全部丢失，已签署的文件将无法再证明为本单位签署。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_root.py" line="102" />
            <source>Folder for the root key copy</source>
            <translation>根证书私钥备份文件夹</translation>
        </message>
    </context>
    <context>
        <name>SavePdfs</name>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="31" />
            <source>{n} signed PDF(s) written to the folder.</source>
            <translation>已将 {n} 份已签PDF写入文件夹。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="34" />
            <source>Kept (already in the folder, not replaced): {n}</source>
            <translation>文件夹中已有、未覆盖：{n} 份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="37" />
            <source>Not written: {n}</source>
            <translation>未写入：{n} 份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="49" />
            <source>File exists</source>
            <translation>文件已存在</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="50" />
            <source>{name} already exists in this folder. Replace it?</source>
            <translation>文件夹中已有 {name}，是否覆盖？</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="100" />
            <source>Export signed PDFs to folder</source>
            <translation>选择导出已签PDF的文件夹</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="105" />
            <source>Export signed PDFs</source>
            <translation>导出已签PDF</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="114" />
            <location filename="../desktop/ui/save_pdfs.py" line="121" />
            <source>Save PDF as</source>
            <translation>PDF另存为</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="114" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/save_pdfs.py" line="121" />
            <source>Could not write {path}: {why}</source>
            <translation>无法写入 {path}：{why}</translation>
        </message>
    </context>
    <context>
        <name>SealPlacementWidget</name>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="108" />
            <source>Paging seal (骑缝章) across the right edge of every page</source>
            <translation>加盖骑缝章（跨每页右侧边缘）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="115" />
            <source>Page:</source>
            <translation>页码：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="139" />
            <source>The document already carries signatures: a paging seal would change every page and break them.</source>
            <translation>文件已有数字签名：骑缝章须改动每一页，会使原有签名失效。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="141" />
            <source>A paging seal is for documents of more than one page.</source>
            <translation>骑缝章只用于多页文件。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="181" />
            <source>Click the page where the seal goes.</source>
            <translation>请在页面上点击盖章位置。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="185" />
            <source>The seal goes on page {page} at ({x:.0f}, {y:.0f}) pt</source>
            <translation>印章盖在第 {page} 页（{x:.0f}, {y:.0f} 点）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="188" />
            <source> — over the date of the sign-off</source>
            <translation>——落款日期处</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="190" />
            <source> — lower right (no date found on the last page)</source>
            <translation>——右下方（末页未找到落款日期）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="191" />
            <source>; and a paging seal on all {n} pages</source>
            <translation>；并在全部 {n} 页加盖骑缝章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_placement.py" line="192" />
            <source>. Click elsewhere on a page to move it.</source>
            <translation>。点击页面其他位置可移动印章。</translation>
        </message>
    </context>
    <context>
        <name>SealedDocumentPreview</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="164" />
            <source>{no} · {seal} · SHA-256 {sha}</source>
            <translation>{no} · {seal} · SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="167" />
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="173" />
            <source>Save sealed document as</source>
            <translation>盖章文件另存为</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="173" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>Seals</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="46" />
            <source>Party-group seal</source>
            <translation>党组印章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="47" />
            <source>Administrative seal</source>
            <translation>行政公章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="48" />
            <source>Finance seal</source>
            <translation>财务专用章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="49" />
            <source>Legal-representative seal</source>
            <translation>法人名章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="50" />
            <source>Contract seal</source>
            <translation>合同专用章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="51" />
            <source>Section seal</source>
            <translation>业务印鉴</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="52" />
            <source>Name seal</source>
            <translation>名章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="53" />
            <source>Cheque book</source>
            <translation>支票</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="56" />
            <source>Engraving requested</source>
            <translation>刻制申请中</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="57" />
            <source>Engraving approved</source>
            <translation>已批准刻制</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="58" />
            <source>Filed with the police</source>
            <translation>已公安备案</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="59" />
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="60" />
            <source>Suspended</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="61" />
            <source>Replaced</source>
            <translation>已更换</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="62" />
            <source>Sealed up</source>
            <translation>已封存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="63" />
            <source>Cancelled</source>
            <translation>已注销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="64" />
            <source>Void (reported lost)</source>
            <translation>已作废（挂失）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="67" />
            <source>Assigned</source>
            <translation>指定保管</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="68" />
            <source>Handed over</source>
            <translation>移交</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="69" />
            <source>Delegated</source>
            <translation>委托保管</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="73" />
            <source>Record police filing…</source>
            <translation>登记公安备案…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="74" />
            <source>Enable…</source>
            <translation>启用…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="75" />
            <source>Hand over…</source>
            <translation>交接…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="76" />
            <source>Record take-out…</source>
            <translation>携出登记…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="77" />
            <source>Suspend…</source>
            <translation>停用…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="78" />
            <source>Resume use…</source>
            <translation>恢复启用…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="79" />
            <source>Replace…</source>
            <translation>更换…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="80" />
            <source>Seal up…</source>
            <translation>封存…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="81" />
            <source>Cancel seal…</source>
            <translation>注销…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="82" />
            <source>Report lost…</source>
            <translation>挂失…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="139" />
            <source>Cannot write {path}: {error}</source>
            <translation>无法写入 {path}：{error}</translation>
        </message>
    </context>
    <context>
        <name>SealsPage</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="727" />
            <source>Seal use and engraving requests</source>
            <translation>用印申请与刻制申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="733" />
            <source>New seal use request…</source>
            <translation>新建用印申请…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="736" />
            <source>New engraving request…</source>
            <translation>新建刻制申请…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="745" />
            <source>Seal registry</source>
            <translation>印章台账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="746" />
            <source>Seal use register</source>
            <translation>用印登记簿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="747" />
            <source>Use / engraving requests</source>
            <translation>用印申请/刻制申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="789" />
            <source>Submitted for approval</source>
            <translation>已提交审批</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="51" />
            <source>Set up Bureau Desk</source>
            <translation>机关办公财务系统 — 初始设置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="92" />
            <source>Loading the demonstration bureau… (this takes a little while)</source>
            <translation>正在载入演示单位……（需要一点时间）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="152" />
            <source>Copy of the root key</source>
            <translation>根证书私钥备份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="154" />
            <source>The bureau is set up, but the copy of the root key could not be written:
{why}

Choose another folder?</source>
            <translation>单位已设置完成，但根证书私钥备份未能写入：
{why}

是否选择其他文件夹？</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard.py" line="158" />
            <source>Folder for the root key copy</source>
            <translation>根证书私钥备份文件夹</translation>
        </message>
    </context>
    <context>
        <name>SheetPreview</name>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="21" />
            <source>Approval sheet</source>
            <translation>审批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="22" />
            <source>Approval sheet (unsigned)</source>
            <translation>审批单（未签）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="38" />
            <source>Unsigned sheet: no approval sheet has been issued with signatures.</source>
            <translation>未签名的审批单：尚未签发经签名的审批单。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="40" />
            <source>{n} signature(s), all valid</source>
            <translation>共 {n} 个签名，全部有效</translation>
        </message>
        <message>
            <location filename="../desktop/ui/sheet_preview.py" line="43" />
            <source>A signature is NOT valid: </source>
            <translation>有签名无效：</translation>
        </message>
    </context>
    <context>
        <name>SignOutDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="93" />
            <source>Sign for lending</source>
            <translation>借出签字</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="95" />
            <source>Loan:</source>
            <translation>借用单：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="96" />
            <source>The condition you checked, e.g. 完好，配件齐全</source>
            <translation>检查的物品状况，如：完好，配件齐全</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="97" />
            <source>Condition:</source>
            <translation>物品状况：</translation>
        </message>
    </context>
    <context>
        <name>SignReturnDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="109" />
            <source>Sign for the return</source>
            <translation>归还签字</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="111" />
            <source>Loan:</source>
            <translation>借用单：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="112" />
            <source>The condition you checked at return</source>
            <translation>归还时检查的物品状况</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="113" />
            <source>Damaged</source>
            <translation>损坏</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="115" />
            <source>Lost</source>
            <translation>丢失</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="122" />
            <source>Condition:</source>
            <translation>物品状况：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="123" />
            <source>Damage or loss:</source>
            <translation>损坏或丢失：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/loans_panel.py" line="124" />
            <source>Compensation (yuan) [SUPPLY-12]:</source>
            <translation>赔偿金额（元）[SUPPLY-12]：</translation>
        </message>
    </context>
    <context>
        <name>Signing</name>
        <message>
            <location filename="../desktop/ui/signing.py" line="84" />
            <source>Submitted as {serial}. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</source>
            <translation>已提交，编号 {serial}。您没有有效的个人签名证书，审批单未签名；请联系系统管理员签发证书。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="96" />
            <location filename="../desktop/ui/signing.py" line="119" />
            <source>Submitted for approval</source>
            <translation>已提交审批</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="99" />
            <location filename="../desktop/ui/signing.py" line="122" />
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location filename="../desktop/ui/signing.py" line="101" />
            <location filename="../desktop/ui/signing.py" line="124" />
            <source>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</source>
            <translation>输入签名口令，以经办人身份签发（认证）审批单；此后各审批环节在同一份审批单上依次签名。</translation>
        </message>
    </context>
    <context>
        <name>SourceDocumentDialog</name>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="342" />
            <source>Source document</source>
            <translation>原始单据</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="346" />
            <source>Preview / print approval sheet</source>
            <translation>预览/打印审批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="348" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
    </context>
    <context>
        <name>StandardsEditor</name>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="40" />
            <source>Travel</source>
            <translation>差旅</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="40" />
            <source>Reception meals</source>
            <translation>公务接待用餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="41" />
            <source>Meetings</source>
            <translation>会议费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="42" />
            <source>Vehicles</source>
            <translation>公务用车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="43" />
            <source>In the county</source>
            <translation>县内</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="43" />
            <source>In the province</source>
            <translation>省内</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="45" />
            <source>Other province</source>
            <translation>省外</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="45" />
            <source>Buffet</source>
            <translation>自助餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="45" />
            <source>Working table meal</source>
            <translation>工作桌餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="47" />
            <source>Staff meal</source>
            <translation>工作人员用餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="47" />
            <source>Breakfast</source>
            <translation>早餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="47" />
            <source>Lunch</source>
            <translation>午餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="48" />
            <source>Dinner</source>
            <translation>晚餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="49" />
            <source>Any meal</source>
            <translation>每餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="49" />
            <source>at most</source>
            <translation>不超过</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="53" />
            <source>below</source>
            <translation>低于</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="54" />
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="55" />
            <source>Region (English)</source>
            <translation>地区（英文）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="56" />
            <source>Scope</source>
            <translation>范围</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="57" />
            <source>Lodging cap (yuan/night)</source>
            <translation>住宿费上限（元/人·夜）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="58" />
            <source>Meal allowance (yuan/day)</source>
            <translation>伙食补助（元/人·天）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="59" />
            <source>City transport (yuan/day)</source>
            <translation>市内交通费（元/人·天）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="60" />
            <source>Meal type</source>
            <translation>用餐类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="61" />
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="62" />
            <source>Limit</source>
            <translation>限额方式</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="63" />
            <source>Standard (yuan/person/meal)</source>
            <translation>标准（元/人·餐）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="64" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="65" />
            <source>Total (yuan/person/day)</source>
            <translation>综合定额（元/人·天）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="66" />
            <source>Lodging</source>
            <translation>住宿费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="67" />
            <source>Food</source>
            <translation>伙食费</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="68" />
            <source>Other</source>
            <translation>其他费用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="69" />
            <source>Max people</source>
            <translation>人数上限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="70" />
            <source>Delegates per unit</source>
            <translation>每单位代表名额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="71" />
            <source>Staff share</source>
            <translation>工作人员比例</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="72" />
            <source>Per year</source>
            <translation>每年次数上限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="73" />
            <source>Max days</source>
            <translation>会期天数上限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="74" />
            <source>Arrival/departure days</source>
            <translation>报到和离会天数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="75" />
            <source>In-county request, days ahead</source>
            <translation>县内用车提前申请（天）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="76" />
            <source>Long-distance request, days ahead</source>
            <translation>长途用车提前申请（天）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="79" />
            <source>Category 1</source>
            <translation>一类会议</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="79" />
            <source>Category 2</source>
            <translation>二类会议</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="80" />
            <source>Category 3</source>
            <translation>三类会议</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="80" />
            <source>Category 4</source>
            <translation>四类会议</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="82" />
            <source>Category 5</source>
            <translation>五类会议</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="85" />
            <source>Per region: the lodging cap per night, the meal allowance and city transport per calendar day (in the county the meal allowance is a ceiling). Trips and claims use the saved table.</source>
            <translation>按地区：住宿费每人每夜上限，伙食补助费和市内交通费每人每天标准（县内伙食补助为上限）。出差审批和差旅费报销按保存后的标准计算。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="86" />
            <source>Per person per meal; "below" means strictly below the figure.</source>
            <translation>每人每餐；“低于”表示须低于该标准。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="88" />
            <source>Caps per person-day by meeting category; leave a cell empty where the category has no figure (set separately). Staff share is a fraction, e.g. 0.10.</source>
            <translation>各类会议每人每天的综合定额及其构成；没有定额（另行制订）的留空。工作人员比例为小数，如 0.10。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="89" />
            <source>How many days before the trip a vehicle must be requested.</source>
            <translation>用车须提前几天提出申请。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="95" />
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="96" />
            <source>From the beginning</source>
            <translation>自始执行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="97" />
            <source>From {date}</source>
            <translation>{date}起执行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="101" />
            <source>Not set: the bureau has not entered these figures yet ({source}). A claim that needs one is refused until they are entered here.</source>
            <translation>未设置：本局尚未录入这些标准（{source}）。需要其中某项标准的报销单将被退回，直至在此录入。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="150" />
            <source>Add row</source>
            <translation>添加行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="153" />
            <source>Remove row</source>
            <translation>删除行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="156" />
            <source>Back to shipped standards…</source>
            <translation>恢复内置标准…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="159" />
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="162" />
            <source>Save standards</source>
            <translation>保存标准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="197" />
            <source>Document the figures come from</source>
            <translation>标准依据文件（文号）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="204" />
            <source>Add a version from this date</source>
            <translation>自此日期起新增一版</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="207" />
            <source>Effective from:</source>
            <translation>生效日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="209" />
            <source>Source:</source>
            <translation>依据：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="242" />
            <source> (new, not saved)</source>
            <translation>（新增，未保存）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="243" />
            <source> — in force</source>
            <translation> — 现行</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="354" />
            <source>This bureau's own table</source>
            <translation>本单位自定标准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="355" />
            <source>Shipped standards (not changed by this bureau)</source>
            <translation>内置标准（本单位未修改）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="402" />
            <source>{table}, row {row}, {column}: {error}</source>
            <translation>{table}第 {row} 行“{column}”：{error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="413" />
            <source>{table}, row {row}: the region {region} is already in row {first}</source>
            <translation>{table}第 {row} 行：地区“{region}”与第 {first} 行重复</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="421" />
            <source>{table}: the table is empty</source>
            <translation>{table}：标准表不能为空</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="432" />
            <source>a figure is required</source>
            <translation>必须填写</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="438" />
            <source>"{text}" is not an amount in yuan with at most two decimals</source>
            <translation>“{text}”不是金额（元，最多两位小数）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="441" />
            <source>must be more than 0</source>
            <translation>必须大于 0</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="444" />
            <source>"{text}" is not a whole number ≥ 0</source>
            <translation>“{text}”不是大于等于 0 的整数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="451" />
            <source>"{text}" is not a fraction between 0 and 1</source>
            <translation>“{text}”不是 0 到 1 之间的小数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="474" />
            <source>Standards not saved</source>
            <translation>标准未保存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="478" />
            <location filename="../desktop/ui/admin/standards_editor.py" line="491" />
            <source>Standards</source>
            <translation>标准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="478" />
            <source>Nothing has changed.</source>
            <translation>没有修改。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="491" />
            <source>Saved: {tables}.</source>
            <translation>已保存：{tables}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="498" />
            <source>Shipped standards</source>
            <translation>内置标准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/admin/standards_editor.py" line="499" />
            <source>Replace the bureau's {table} table with the shipped standards?</source>
            <translation>用内置标准替换本单位的“{table}”标准吗？</translation>
        </message>
    </context>
    <context>
        <name>StartCountDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="41" />
            <source>Start a count</source>
            <translation>开始盘点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="48" />
            <source>Store:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="49" />
            <source>Count date:</source>
            <translation>盘点日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/counts_panel.py" line="51" />
            <source>The book quantities are fixed when the count starts; the office checks the stock every half year [SUPPLY-11].</source>
            <translation>开始盘点时固定账面数量；办公室每半年检查一次，确保账物相符 [SUPPLY-11]。</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="60" />
            <source>Welcome to Bureau Desk</source>
            <translation>欢迎使用机关办公财务系统</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="61" />
            <source>The database has no bureau yet. What would you like to do?</source>
            <translation>数据库中还没有单位。请选择：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="63" />
            <source>Set up our bureau</source>
            <translation>设置本单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="68" />
            <source>Bureau name and code, the rule preset, departments, the first administrator and the bureau's root certificate for signatures. Nothing is written until you press Finish on the last page.</source>
            <translation>依次填写单位名称和代码、规则预设、部门、首个系统管理员和本单位签名根证书。在最后一页点“完成”之前不会写入任何内容。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="69" />
            <source>Load the demonstration bureau</source>
            <translation>载入演示单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="74" />
            <source>For trying the app only: 示范县医疗保障局 with made-up people, documents and seals. Every demo person signs in with &lt;b&gt;{demo}&lt;/b&gt;; the administrator is &lt;b&gt;{admin}&lt;/b&gt; / &lt;b&gt;{admin_password}&lt;/b&gt;. These passwords are published: never keep real work in the demonstration bureau.</source>
            <translation>仅供试用：示范县医疗保障局，人员、单据和印章均为虚构。演示人员的密码均为 &lt;b&gt;{demo}&lt;/b&gt;；系统管理员为 &lt;b&gt;{admin}&lt;/b&gt; / &lt;b&gt;{admin_password}&lt;/b&gt;。这些密码是公开的：切勿在演示单位中办理真实业务。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="81" />
            <source>Database: {url}</source>
            <translation>数据库：{url}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="90" />
            <source>Load demo</source>
            <translation>载入演示</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../desktop/ui/main.py" line="76" />
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main.py" line="80" />
            <source>Database upgraded</source>
            <translation>数据库已升级</translation>
        </message>
        <message>
            <location filename="../desktop/ui/main.py" line="82" />
            <source>The database was upgraded to this version's schema ({to}).

A backup of it as it was before was taken first:
{path}</source>
            <translation>数据库已升级到本版本的结构（{to}）。

升级前已先备份原数据库：
{path}</translation>
        </message>
    </context>
    <context>
        <name>States</name>
        <message>
            <location filename="../desktop/ui/messages.py" line="26" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="27" />
            <source>In approval</source>
            <translation>审批中</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="28" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="29" />
            <source>Rejected</source>
            <translation>不予批准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="30" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/messages.py" line="31" />
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
    </context>
    <context>
        <name>StatusDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="306" />
            <source>{action}: {seal}.</source>
            <translation>{action}：{seal}。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="309" />
            <source>Its certificate is revoked: the seal signs nothing more.</source>
            <translation>其证书将被吊销，此后不能再盖章。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="313" />
            <source>Note:</source>
            <translation>说明：</translation>
        </message>
    </context>
    <context>
        <name>StockCardDialog</name>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="354" />
            <source>Stock card</source>
            <translation>明细账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="361" />
            <source>◀ Previous</source>
            <translation>◀ 上一页</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="362" />
            <source>Next ▶</source>
            <translation>下一页 ▶</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="367" />
            <source>Store:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="383" />
            <source>Stock card: {code} {name}</source>
            <translation>明细账：{code} {name}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="384" />
            <source>{name} {spec} · unit {unit} · {kind} · on loan {loan}</source>
            <translation>{name} {spec} · 单位 {unit} · {kind} · 借出 {loan}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="388" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Movement</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Reference</source>
            <translation>单据号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="411" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>In</source>
            <translation>收入</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>Out</source>
            <translation>发出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="412" />
            <source>Balance quantity</source>
            <translation>结存数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="413" />
            <source>Balance value</source>
            <translation>结存金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="413" />
            <source>Recorded by</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="413" />
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="416" />
            <source>Movements {first}–{last} of {total}</source>
            <translation>第 {first}–{last} 笔，共 {total} 笔</translation>
        </message>
    </context>
    <context>
        <name>StockPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="52" />
            <source>Code, name, specification</source>
            <translation>编号、名称、规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="58" />
            <source>At or below reorder level only</source>
            <translation>仅显示低于补货线的</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="62" />
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="64" />
            <source>Store:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="69" />
            <source>Stock card…</source>
            <translation>明细账…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="70" />
            <source>New item…</source>
            <translation>新增物品…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="71" />
            <source>Edit item…</source>
            <translation>修改物品…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="72" />
            <source>Stop / resume using the item</source>
            <translation>停用/启用物品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="73" />
            <source>Add a store…</source>
            <translation>新增存放地点…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="74" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="109" />
            <location filename="../desktop/ui/supplies/stock_panel.py" line="112" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Item code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Unit of measure</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="117" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>Store</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>On hand</source>
            <translation>现有</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>Lent out</source>
            <translation>借出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="118" />
            <source>Available</source>
            <translation>可领用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="119" />
            <source>Average cost</source>
            <translation>平均单价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="119" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="121" />
            <source>Reorder level</source>
            <translation>补货线</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="162" />
            <source>At or below the reorder level</source>
            <translation>已到或低于补货线</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="165" />
            <source>{n} line(s), {low} at or below reorder level</source>
            <translation>共 {n} 行，{low} 行已到或低于补货线</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="210" />
            <source>Add a store</source>
            <translation>新增存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/stock_panel.py" line="210" />
            <source>Name of the store:</source>
            <translation>存放地点名称：</translation>
        </message>
    </context>
    <context>
        <name>StocktakePage</name>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="144" />
            <source>New count…</source>
            <translation>新建盘点…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="145" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="146" />
            <source>Print labels…</source>
            <translation>打印标签…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="147" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>Count title</source>
            <translation>盘点名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>Location or department</source>
            <translation>存放地点或部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>Count date</source>
            <translation>盘点日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="185" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="186" />
            <source>Scans</source>
            <translation>扫描次数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="186" />
            <source>Counted by</source>
            <translation>盘点人员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/stocktake_page.py" line="187" />
            <source>Report no.</source>
            <translation>报告单号</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="328" />
            <source>Summary</source>
            <translation>确认</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="329" />
            <source>Press Finish to create the bureau. You then sign in as the administrator.</source>
            <translation>点“完成”建立单位，然后以系统管理员身份登录。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="346" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="346" />
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="350" />
            <source>Bureau</source>
            <translation>本单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="351" />
            <source>Rule preset</source>
            <translation>规则预设</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="352" />
            <source>Departments</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="352" />
            <source>{departments} ({counts})</source>
            <translation>{departments}（{counts}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="353" />
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="354" />
            <source>Root certificate</source>
            <translation>签名根证书</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="354" />
            <source>passphrase: the administrator password</source>
            <translation>口令：与管理员密码相同</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="355" />
            <source>passphrase: its own</source>
            <translation>口令：单独设置</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="356" />
            <source>Copy of the root key</source>
            <translation>根证书私钥备份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/setup_wizard_pages.py" line="357" />
            <source>none (not recommended)</source>
            <translation>不备份（不建议）</translation>
        </message>
    </context>
    <context>
        <name>SuppliesPage</name>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="51" />
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="52" />
            <source>Stock in</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="53" />
            <source>Issues</source>
            <translation>领用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="56" />
            <source>Purchase plans and quotes</source>
            <translation>采购计划与询价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="57" />
            <source>Loans</source>
            <translation>借用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="58" />
            <source>Counts</source>
            <translation>盘点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="59" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="66" />
            <source>Office supplies</source>
            <translation>办公用品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supplies_page.py" line="72" />
            <source>Approval documents</source>
            <translation>审批文件</translation>
        </message>
    </context>
    <context>
        <name>SupplyFlow</name>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="68" />
            <source>{n} page(s)</source>
            <translation>共 {n} 页</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="85" />
            <source>Submitted for approval</source>
            <translation>已提交审批</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="88" />
            <source>Submitted. You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</source>
            <translation>已提交。您没有有效的签名证书，审批单未签名；请联系系统管理员签发。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="91" />
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/flow_parts.py" line="93" />
            <source>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</source>
            <translation>输入签名口令，以经办人身份签发（认证）审批单；此后各审批环节在同一份审批单上依次签名。</translation>
        </message>
    </context>
    <context>
        <name>SupplyReportsPanel</name>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="51" />
            <source>Month {m}</source>
            <translation>{m}月</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="52" />
            <source>First half-year</source>
            <translation>上半年</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="53" />
            <source>Second half-year</source>
            <translation>下半年</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="58" />
            <source>(all stores)</source>
            <translation>（全部库房）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="59" />
            <source>Show</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="60" />
            <source>Export Excel…</source>
            <translation>导出Excel…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="61" />
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="90" />
            <source>Print / PDF…</source>
            <translation>打印/PDF…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="66" />
            <source>Stock movements of</source>
            <translation>收发存报表：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="69" />
            <source>Store:</source>
            <translation>存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="81" />
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="201" />
            <source>Issue register</source>
            <translation>办公用品发放登记</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="89" />
            <source>(all sections)</source>
            <translation>（全部股室）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="93" />
            <source>From:</source>
            <translation>自：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="95" />
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="97" />
            <source>Section:</source>
            <translation>股室：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Item code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Item name</source>
            <translation>品名</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="129" />
            <source>Unit of measure</source>
            <translation>单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>Opening qty</source>
            <translation>期初数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>Opening value</source>
            <translation>期初原值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>In qty</source>
            <translation>收入数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="130" />
            <source>In value</source>
            <translation>收入金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="131" />
            <source>Out qty</source>
            <translation>发出数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="131" />
            <source>Out value</source>
            <translation>发出金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="131" />
            <source>Closing qty</source>
            <translation>结存数量</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="133" />
            <source>Closing value</source>
            <translation>期末原值</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="144" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="157" />
            <source>{n} item(s)</source>
            <translation>共 {n} 种</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="160" />
            <source>✗ Closing differs from the stock kept: {items}</source>
            <translation>✗ 结存与库存账不符：{items}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="168" />
            <source>Stock movements</source>
            <translation>收发存报表</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="171" />
            <source>Export Excel</source>
            <translation>导出Excel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="172" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="177" />
            <source>Writing the stock movement report…</source>
            <translation>正在写入收发存报表…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="191" />
            <source>Exported</source>
            <translation>已导出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_reports_panel.py" line="191" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
    </context>
    <context>
        <name>SupplyTerms</name>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="22" />
            <source>General supplies</source>
            <translation>一般办公用品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="23" />
            <source>Special supplies</source>
            <translation>特殊办公用品</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="26" />
            <source>Stock received</source>
            <translation>入库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="27" />
            <source>Issued</source>
            <translation>领用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="28" />
            <source>Returned to stock</source>
            <translation>退库</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="29" />
            <source>Count surplus</source>
            <translation>盘盈</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_terms.py" line="30" />
            <source>Count shortage</source>
            <translation>盘亏</translation>
        </message>
    </context>
    <context>
        <name>SupplyTodo</name>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="22" />
            <source>Overdue loan</source>
            <translation>借用逾期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="23" />
            <source>Low stock</source>
            <translation>库存不足</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="24" />
            <source>Issue to sign for</source>
            <translation>待签收领用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="25" />
            <source>Loan waiting for you</source>
            <translation>待处理借用</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="26" />
            <source>Enquiry to confirm</source>
            <translation>待确认询价</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="61" />
            <source>{who}, due {due}</source>
            <translation>{who}，应于 {due} 归还</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="69" />
            <source>{n} line(s), {value}, issued {day}</source>
            <translation>{n} 项，{value}，{day} 发放</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="74" />
            <source>{store}: {quantity} {unit} (reorder at {level})</source>
            <translation>{store}：{quantity} {unit}（补货线 {level}）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/supplies/supply_todo.py" line="80" />
            <source>{n} quote(s) recorded</source>
            <translation>已登记 {n} 家报价</translation>
        </message>
    </context>
    <context>
        <name>TakeOutDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="281" />
            <source>Record take-out</source>
            <translation>登记携出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="235" />
            <source>Seal take-out</source>
            <translation>印章携出</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="238" />
            <source>Take {seal} out of the office: request it for the director's approval (the centre director for a centre seal), with two or more persons jointly responsible; once approved, record the take-out here.</source>
            <translation>携出 {seal}：先提交局长（医保中心印鉴为医保中心主任）审批，须两人以上共同负责；批准后在此登记携出。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="243" />
            <source>New take-out request</source>
            <translation>新的携出申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="245" />
            <source>Approved: {text}</source>
            <translation>已批准：{text}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="263" />
            <source>Request:</source>
            <translation>申请：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="264" />
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="265" />
            <source>Destination:</source>
            <translation>前往地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="266" />
            <source>Out on:</source>
            <translation>携出日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="267" />
            <source>Back on:</source>
            <translation>归还日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="270" />
            <source>Your signing passphrase:</source>
            <translation>您的签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="281" />
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="268" />
            <source>Persons (two or more):</source>
            <translation>携带人员（两人以上）：</translation>
        </message>
    </context>
    <context>
        <name>TodoPanel</name>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="50" />
            <source>Accept…</source>
            <translation>验收…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="52" />
            <source>Open card</source>
            <translation>查看卡片</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="54" />
            <source>Do it…</source>
            <translation>办理…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="93" />
            <source>Card no.</source>
            <translation>卡片编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="93" />
            <source>Asset name</source>
            <translation>资产名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="93" />
            <source>Specification</source>
            <translation>规格</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="94" />
            <source>Original value</source>
            <translation>原值（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="94" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="94" />
            <source>User</source>
            <translation>使用人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="95" />
            <source>Location</source>
            <translation>存放地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="95" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="97" />
            <source>To accept: {n}</source>
            <translation>待我验收：{n} 张</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>Serial</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>Title</source>
            <translation>事由</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>Assets</source>
            <translation>资产</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="105" />
            <source>To do</source>
            <translation>待办</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="107" />
            <source>Transfers, repairs and disposals waiting for you: {n}</source>
            <translation>待我办理的转移、维修、处置：{n} 件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="163" />
            <source>Sign the release of {title} for your department?</source>
            <translation>以本部门名义签字交接 {title}？</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/todo_panel.py" line="164" />
            <source>Apply {title} to its cards (department, user, location)?</source>
            <translation>按 {title} 调整资产卡片（部门、使用人、存放地点）？</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="79" />
            <source>Request a transfer between departments</source>
            <translation>申请资产转移（调入）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="90" />
            <source>Why the receiving department needs them</source>
            <translation>调入部门的用途说明</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="91" />
            <source>Cards:</source>
            <translation>资产：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="92" />
            <source>To department:</source>
            <translation>调入部门：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="93" />
            <source>To user:</source>
            <translation>调入使用人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="94" />
            <source>To location:</source>
            <translation>调入存放地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="95" />
            <source>Reason:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="97" />
            <source>The receiving department requests; the office approves; the giving department then signs the release [ASSET-08].</source>
            <translation>由转入部门申请，办公室批准，转出部门签字交接 [ASSET-08]。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/assets/move_dialogs.py" line="104" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>TravelPage</name>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="330" />
            <source>New trip…</source>
            <translation>出差审批…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="331" />
            <source>New claim…</source>
            <translation>差旅费报销…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="332" />
            <source>Record payment…</source>
            <translation>登记付款…</translation>
        </message>
    </context>
    <context>
        <name>TrialBalanceView</name>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="36" />
            <source>Include unposted vouchers</source>
            <translation>含未记账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="38" />
            <source>Show</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="43" />
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="57" />
            <source>Double-click an account for its ledger.</source>
            <translation>双击科目查看明细账。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Code</source>
            <translation>科目编码</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Account name</source>
            <translation>科目名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Opening debit</source>
            <translation>期初借方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="68" />
            <source>Opening credit</source>
            <translation>期初贷方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="69" />
            <source>Period debit</source>
            <translation>本期借方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="69" />
            <source>Period credit</source>
            <translation>本期贷方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="69" />
            <source>Closing debit</source>
            <translation>期末借方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="71" />
            <source>Closing credit</source>
            <translation>期末贷方</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="92" />
            <location filename="../desktop/ui/books/trial_balance_view.py" line="142" />
            <source>Financial accounting</source>
            <translation>财务会计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="93" />
            <source>Financial accounting total</source>
            <translation>财务会计合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="94" />
            <location filename="../desktop/ui/books/trial_balance_view.py" line="142" />
            <source>Budget accounting</source>
            <translation>预算会计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="94" />
            <source>Budget accounting total</source>
            <translation>预算会计合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="146" />
            <source>balanced</source>
            <translation>平衡</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="146" />
            <source>NOT balanced</source>
            <translation>不平衡</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="147" />
            <source>Balanced</source>
            <translation>平衡</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/trial_balance_view.py" line="148" />
            <source>Not balanced</source>
            <translation>不平衡</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="53" />
            <source>New trip approval</source>
            <translation>新建出差审批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="57" />
            <source>Title:</source>
            <translation>事由：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="58" />
            <source>Official purpose:</source>
            <translation>公务目的：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="59" />
            <source>Travellers (、):</source>
            <translation>出差人（以、分隔）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="60" />
            <source>Destinations (、):</source>
            <translation>出差地点（以、分隔）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="62" />
            <source>From:</source>
            <translation>自：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="63" />
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="64" />
            <source>Transport:</source>
            <translation>出行方式：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="65" />
            <source>By the unit's own vehicle (no city transport)</source>
            <translation>乘坐单位车辆（不发市内交通费）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="66" />
            <source>Meeting or training with board provided by the host</source>
            <translation>参加会议或培训，由举办单位统一安排食宿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="67" />
            <source>Grade:</source>
            <translation>职级：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="68" />
            <source>Within or outside the county:</source>
            <translation>域内/域外：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="69" />
            <source>From the destinations</source>
            <translation>按出差地点</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="70" />
            <source>Advance (yuan):</source>
            <translation>预借差旅费（元）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="71" />
            <source>Source of funds:</source>
            <translation>经费来源：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="73" />
            <source>Days and approver:</source>
            <translation>天数和审批人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="75" />
            <source>Reason for filing after departure:</source>
            <translation>补报原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="76" />
            <source>Required when the trip has already started (补报)</source>
            <translation>出发后填报（补报）时必填</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="78" />
            <source>The director travels: approved by a higher authority</source>
            <translation>局长本人出差：已经上级批准</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="80" />
            <source>Approving authority:</source>
            <translation>批准机关：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="81" />
            <source>Approval reference:</source>
            <translation>批准文号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="82" />
            <source>Approval date:</source>
            <translation>批准日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="95" />
            <source>leader in charge</source>
            <translation>分管领导</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="96" />
            <source>director</source>
            <translation>局长</translation>
        </message>
        <message>
            <location filename="../desktop/ui/travel_page.py" line="96" />
            <source>{days} days → {who} approves [TRAVEL-02]</source>
            <translation>{days}天 → 由{who}审批 [TRAVEL-02]</translation>
        </message>
    </context>
    <context>
        <name>UseRequestDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="515" />
            <source>New seal use request</source>
            <translation>新建用印申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="518" />
            <source>Ask for a seal on a document: once the request is approved, the seal's custodian applies the seal to this very PDF (its SHA-256 is printed on the request). Blank paper is never sealed.</source>
            <translation>申请在文件上用印：申请批准后，由印章保管人在这份PDF文件上盖章（其SHA-256摘要印在申请单上）。不得在空白文件上盖印。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="528" />
            <source>e.g. a letter to the health bureau</source>
            <translation>例如：关于商请协助开展医保政策宣传的函</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="534" />
            <source> copies</source>
            <translation> 份</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="539" />
            <source>e.g. 示医保〔2026〕45号; empty if the document has none</source>
            <translation>如 示医保〔2026〕45号；无文号可不填</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="542" />
            <source>(chosen when the seal is applied)</source>
            <translation>（盖章时指定）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="545" />
            <source>Choose PDF…</source>
            <translation>选择PDF文件…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="548" />
            <location filename="../desktop/ui/seal_dialogs.py" line="598" />
            <source>No file chosen</source>
            <translation>未选择文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="554" />
            <source>Seal:</source>
            <translation>印章：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="555" />
            <source>Document title:</source>
            <translation>文件名称：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="556" />
            <source>Sent to:</source>
            <translation>发往单位：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="557" />
            <source>Copies:</source>
            <translation>份数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="558" />
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="559" />
            <source>Document no. (文号):</source>
            <translation>文号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="560" />
            <source>Proposed witness (监印人):</source>
            <translation>拟定监印人：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="561" />
            <source>Document to be sealed:</source>
            <translation>用印文件：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="565" />
            <source>No seal is in use: a seal use request needs an enabled seal.</source>
            <translation>没有启用中的印章：用印申请须选择已启用的印章。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="575" />
            <source>Document to be sealed</source>
            <translation>选择用印文件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="576" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="584" />
            <source>Cannot read {path}: {error}</source>
            <translation>无法读取 {path}：{error}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="590" />
            <source>{name} · {pages} page(s)</source>
            <translation>{name} · 共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="603" />
            <source>Choose the PDF to be sealed.</source>
            <translation>请选择用印文件（PDF）。</translation>
        </message>
    </context>
    <context>
        <name>UsesTab</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="531" />
            <source>Apply seal…</source>
            <translation>盖章…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="533" />
            <source>The custodian seals an approved seal use request</source>
            <translation>保管人对已批准的用印申请盖章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="549" />
            <source>Seal:</source>
            <translation>印章：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="549" />
            <source>From:</source>
            <translation>自：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="550" />
            <source>To:</source>
            <translation>至：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="580" />
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="595" />
            <source>Seal use register</source>
            <translation>用印登记簿</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="603" />
            <source>All seals</source>
            <translation>全部印章</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Document</source>
            <translation>文件名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Sent to</source>
            <translation>发往单位</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Date of use</source>
            <translation>用印日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="536" />
            <source>Request sheet…</source>
            <translation>用印申请单…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="538" />
            <source>The seal use request with the use register entry signed by the custodian</source>
            <translation>用印申请单（含保管员签署的用印登记）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="540" />
            <source>Print sealed document…</source>
            <translation>打印盖章文件…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="542" />
            <source>The document as it left the bureau, with the seal: preview and print</source>
            <translation>加盖印章后发出的文件：预览与打印</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="544" />
            <source>Save sealed document as…</source>
            <translation>盖章文件另存为…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Seal name</source>
            <translation>印章名称</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="612" />
            <source>Register no.</source>
            <translation>登记号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Requested by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="613" />
            <source>Document no.</source>
            <translation>单据编号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="614" />
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="614" />
            <source>Sealed by</source>
            <translation>用印人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="614" />
            <source>Witness</source>
            <translation>监印人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="626" />
            <source>Uses: {n}</source>
            <translation>共 {n} 次</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="642" />
            <source>{no} · sealed document SHA-256 {sha}</source>
            <translation>{no} · 盖章文件 SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="703" />
            <source>Save sealed document as</source>
            <translation>盖章文件另存为</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="704" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>VehicleDialog</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="161" />
            <source>New vehicle request</source>
            <translation>新建公务用车申请</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="164" />
            <source>Purpose category:</source>
            <translation>用车事由类别：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="165" />
            <source>Purpose:</source>
            <translation>用途：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="166" />
            <source>Route:</source>
            <translation>行车路线：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="167" />
            <source>Destination:</source>
            <translation>前往地点：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="168" />
            <source>Long distance</source>
            <translation>长途用车</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="169" />
            <source>Passengers:</source>
            <translation>乘车人数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="170" />
            <source>People:</source>
            <translation>乘车人员：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="171" />
            <source>Departure:</source>
            <translation>出车时间：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="173" />
            <source>Return:</source>
            <translation>返回时间：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="175" />
            <source>Estimated mileage (km):</source>
            <translation>预计里程（公里）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="176" />
            <source>Plate (if assigned):</source>
            <translation>车牌号（已派定时）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="177" />
            <source>Driver (if assigned):</source>
            <translation>驾驶员（已派定时）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="178" />
            <source>Notice:</source>
            <translation>提前申请：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="179" />
            <source>Holiday use filed with the county office</source>
            <translation>节假日用车已向县机关事务管理局报备</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="180" />
            <source>Holiday use filed with the bureau office</source>
            <translation>节假日用车已向局办公室报备</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="181" />
            <source>Urgent reason (late request):</source>
            <translation>紧急原因（未按时申请）：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="195" />
            <source>{days} days ahead, {need} required [VEH-04]</source>
            <translation>提前{days}天，规定至少{need}天 [VEH-04]</translation>
        </message>
    </context>
    <context>
        <name>VoucherDialog</name>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="62" />
            <location filename="../desktop/ui/books/voucher_dialog.py" line="64" />
            <source>Accounting voucher</source>
            <translation>记账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="75" />
            <source> sheet(s)</source>
            <translation> 张</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="80" />
            <source>Taken from the first line when left empty</source>
            <translation>不填则取第一行摘要</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="83" />
            <source>Voucher no.:</source>
            <translation>凭证号：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="83" />
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="84" />
            <source>Attachments:</source>
            <translation>附件张数：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="84" />
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="90" />
            <source>Voucher summary:</source>
            <translation>凭证摘要：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="98" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="99" />
            <source>Save and submit for review…</source>
            <translation>保存并提交审核…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="100" />
            <source>Post</source>
            <translation>记账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="101" />
            <source>Red reversal…</source>
            <translation>红字冲销…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="102" />
            <source>Void…</source>
            <translation>作废…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="103" />
            <source>View source document</source>
            <translation>查看原始单据</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="104" />
            <source>Voucher sheet</source>
            <translation>凭证签批单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="105" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="200" />
            <source>(numbered when saved)</source>
            <translation>（保存时编号）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="201" />
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="203" />
            <source>Maker: {maker}</source>
            <translation>制单：{maker}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="204" />
            <source>New accounting voucher</source>
            <translation>新增记账凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="210" />
            <source> · red reversal</source>
            <translation> · 红字冲销凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="212" />
            <source> · reversed</source>
            <translation> · 已被冲销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="215" />
            <source>Maker: {maker}    Reviewed by: {reviewers}    Posted by: {poster}    Amount: {amount}</source>
            <translation>制单：{maker}    审核：{reviewers}    记账：{poster}    金额：{amount}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="217" />
            <source>Accounting voucher {number}</source>
            <translation>记账凭证 {number}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="266" />
            <source>Submit voucher for review</source>
            <translation>提交凭证审核</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="268" />
            <source>Your signing passphrase certifies the voucher sheet as its maker; the reviewers then sign the same sheet.</source>
            <translation>签名口令用于以制单人身份签署凭证签批单；审核人随后在同一份签批单上签名。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="276" />
            <source>Submitted for review</source>
            <translation>已提交审核</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="278" />
            <source>You have no valid signing certificate, so the voucher sheet is not signed; ask the system administrator to issue one.</source>
            <translation>您没有有效的签名证书，凭证签批单未签名；请系统管理员为您签发证书。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="295" />
            <source>Red reversal</source>
            <translation>红字冲销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="296" />
            <source>Why is {number} reversed?</source>
            <translation>{number} 红字冲销的原因：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="307" />
            <source>Void voucher</source>
            <translation>作废凭证</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_dialog.py" line="308" />
            <source>Why is {number} voided? (it keeps its number)</source>
            <translation>{number} 作废的原因（凭证号保留）：</translation>
        </message>
    </context>
    <context>
        <name>VoucherGrid</name>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="293" />
            <source>Financial accounting</source>
            <translation>财务会计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="294" />
            <source>Budget accounting</source>
            <translation>预算会计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="296" />
            <source>Debit total</source>
            <translation>借方合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="297" />
            <source>Credit total</source>
            <translation>贷方合计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="298" />
            <source>Difference</source>
            <translation>差额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="335" />
            <source>Read only: this voucher cannot be edited here.</source>
            <translation>只读：此凭证在此不能修改。</translation>
        </message>
    </context>
    <context>
        <name>VoucherList</name>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="62" />
            <source>Summary or voucher no.</source>
            <translation>摘要或凭证号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="64" />
            <source>Search</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="65" />
            <source>New voucher…</source>
            <translation>新增凭证…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="66" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="67" />
            <source>Post selected</source>
            <translation>记账（所选）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="75" />
            <source>Period:</source>
            <translation>期间：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="77" />
            <source>State:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Voucher no.</source>
            <translation>凭证号</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="108" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>Attachments</source>
            <translation>附件</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>Maker</source>
            <translation>制单</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="109" />
            <source>Posted by</source>
            <translation>记账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="111" />
            <source>Origin</source>
            <translation>来源</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="124" />
            <source>Entered by hand</source>
            <translation>手工录入</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="124" />
            <source>Claim</source>
            <translation>报销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="124" />
            <source>Advance</source>
            <translation>借款</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="125" />
            <source>Imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="126" />
            <source>Red reversal</source>
            <translation>红字冲销</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="152" />
            <source>Vouchers: {n} · posted amount {amount}</source>
            <translation>凭证 {n} 张 · 已记账金额 {amount}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="186" />
            <source>Post vouchers</source>
            <translation>记账</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="187" />
            <source>Select reviewed vouchers (state 已审核) to post.</source>
            <translation>请选择已审核的凭证再记账。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="193" />
            <source>Posted: {numbers}</source>
            <translation>已记账：{numbers}</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/books_page.py" line="195" />
            <source>Not reviewed, left as they are: {numbers}</source>
            <translation>未审核，未记账：{numbers}</translation>
        </message>
    </context>
    <context>
        <name>VoucherModel</name>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="135" />
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="135" />
            <source>Ledger account</source>
            <translation>会计科目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="135" />
            <source>Debit amount</source>
            <translation>借方金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Credit amount</source>
            <translation>贷方金额</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Economic class</source>
            <translation>经济分类</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="136" />
            <source>Project</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="137" />
            <source>Payee / counterparty</source>
            <translation>往来单位/收款人</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="165" />
            <source>Budget accounting</source>
            <translation>预算会计</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid_model.py" line="167" />
            <source>Financial accounting</source>
            <translation>财务会计</translation>
        </message>
    </context>
    <context>
        <name>_CellDelegate</name>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="145" />
            <source>“{text}” is not an amount: write digits 0-9 with at most two decimal places, e.g. 1234.50.</source>
            <translation>“{text}”不是有效金额：请用数字 0-9 填写，最多两位小数，如 1234.50。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="151" />
            <source>No account “{text}”: type a code or part of a name, or press F2 for the list.</source>
            <translation>没有科目“{text}”：请输入科目代码或名称的一部分，或按 F2 查看科目列表。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="153" />
            <source>{account} has sub-accounts: post to one of them.</source>
            <translation>{account} 设有明细科目，不能直接记账：请选择其下的明细科目。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="163" />
            <source>No such entry: “{text}”. Type part of it, or press F2 for the list.</source>
            <translation>没有“{text}”这一项：请输入代码或名称的一部分，或按 F2 查看列表。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="175" />
            <source>“{text}” fits {n} entries: pick one from the list (↓, then Enter).</source>
            <translation>“{text}”对应 {n} 项：请从列表中选择（↓ 后按回车）。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="187" />
            <source>Choose the line's account first: “=” balances its side (financial or budget).</source>
            <translation>请先选择本行科目：“=”按科目所属的财务会计或预算会计计算平衡金额。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="193" />
            <source>That side balances already.</source>
            <translation>本行所属一方借贷已平衡，无差额可填。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/books/voucher_grid.py" line="198" />
            <source>The balancing amount {amount} is on the other side of the line: entered there.</source>
            <translation>平衡金额 {amount} 应记在本行另一方向，已填入。</translation>
        </message>
    </context>
    <context>
        <name>_RegisterTab</name>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="183" />
            <source>Export Excel…</source>
            <translation>导出Excel…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="186" />
            <source>Print / preview…</source>
            <translation>打印/预览…</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="198" />
            <source>Export Excel</source>
            <translation>导出Excel</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seals_page.py" line="199" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel工作簿 (*.xlsx)</translation>
        </message>
    </context>
    <context>
        <name>_SubmittingDialog</name>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="496" />
            <source>Your signing passphrase:</source>
            <translation>您的签名口令：</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="498" />
            <source>Your signing passphrase certifies the approval sheet as its handler; every approval step then signs the same sheet.</source>
            <translation>输入签名口令，以经办人身份签发（认证）审批单；此后各审批环节在同一份审批单上依次签名。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="502" />
            <source>You have no valid signing certificate, so the approval sheet is not signed; ask the system administrator to issue one.</source>
            <translation>您没有有效的个人签名证书，审批单将不签名；请系统管理员签发证书。</translation>
        </message>
        <message>
            <location filename="../desktop/ui/seal_dialogs.py" line="504" />
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
    </context>
    <context>
        <name>owner</name>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Meal</source>
            <translation>餐次</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Guests</source>
            <translation>来宾</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="32" />
            <source>Accompanying</source>
            <translation>陪餐</translation>
        </message>
        <message>
            <location filename="../desktop/ui/reception_page.py" line="33" />
            <source>Amount</source>
            <translation>金额</translation>
        </message>
    </context>
</TS>
