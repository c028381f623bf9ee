<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add bank account</source>
        <translation>添加银行账户</translation>
    </message>
    <message>
        <source>Rooms of this customer (double-click or Enter to add):</source>
        <translation>该客户的房间（双击或按 Enter 键添加）：</translation>
    </message>
    <message>
        <source>Edit bank account {number}</source>
        <translation>编辑银行账户 {number}</translation>
    </message>
    <message>
        <source>{masked} — leave empty to keep it</source>
        <translation>{masked} — 留空则保持不变</translation>
    </message>
    <message>
        <source>Several rooms match; double-click or press Enter on one:</source>
        <translation>有多个房间符合，请双击其中一个，或选中后按 Enter 键：</translation>
    </message>
    <message>
        <source>No room has the code “{code}”.</source>
        <translation>没有房间编码为“{code}”的房间。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Property CRM</source>
        <translation>物业客户管理</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. What you saved before is safe. Please tell your administrator and give them the log file:
{path}</source>
        <translation>程序内部出错。此前已保存的数据不受影响。请告知管理员，并将以下日志文件提供给管理员：
{path}</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>The database could not be opened. If it is on a shared folder, check that this PC is connected to the network and can open the folder.

Details: {error}</source>
        <translation>无法打开数据库。如果数据库位于共享文件夹中，请检查本机是否已连接网络，并且能够打开该文件夹。

详细信息：{error}</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>选择其他数据库…</translation>
    </message>
</context>
<context>
    <name>BuildingDialog</name>
    <message>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <source>Edit building</source>
        <translation>编辑楼栋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Building &amp;number:</source>
        <translation>楼栋编号(&amp;N):</translation>
    </message>
    <message>
        <source>Building number</source>
        <translation>楼栋编号</translation>
    </message>
    <message>
        <source>The number used in room codes: 3 gives rooms 3-1-101, 3-1-102 …</source>
        <translation>用于房间编码的编号：填 3 时，房间编码为 3-1-101、3-1-102 …</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Same as the number if left empty</source>
        <translation>留空则与楼栋编号相同</translation>
    </message>
    <message>
        <source>F&amp;loors:</source>
        <translation>层数(&amp;L):</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Leave at — to take the number from the generated rooms.</source>
        <translation>保持为“—”时，将根据生成的房间自动确定。</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>单元数(&amp;U):</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Generate rooms</source>
        <translation>生成房间</translation>
    </message>
    <message>
        <source>&amp;Generate rooms</source>
        <translation>生成房间(&amp;G)</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>CarParkDialog</name>
    <message>
        <source>Car park</source>
        <translation>停车场</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>New car park</source>
        <translation>新建停车场</translation>
    </message>
    <message>
        <source>Edit car park</source>
        <translation>编辑停车场</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>房间数</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <source>Parking spaces</source>
        <translation>车位数</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>未售</translation>
    </message>
    <message>
        <source>Gross area (m²)</source>
        <translation>建筑面积(m²)</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>房间编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Inner area (m²)</source>
        <translation>套内面积(m²)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Car park</source>
        <translation>停车场</translation>
    </message>
    <message>
        <source>Space number</source>
        <translation>车位编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积(m²)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Did you compare the number {number} with the original document of {name}?</source>
        <translation>您是否已将号码 {number} 与 {name} 的证件原件核对一致？</translation>
    </message>
    <message>
        <source>Your name and today&apos;s date are recorded as the check.</source>
        <translation>系统将记录您的姓名和今天的日期作为核验记录。</translation>
    </message>
    <message>
        <source>Yes, mark as checked</source>
        <translation>是，标记为已核验</translation>
    </message>
    <message>
        <source>Possibly the same customer</source>
        <translation>可能是同一位客户</translation>
    </message>
    <message>
        <source>These customers have the same phone number:</source>
        <translation>以下客户的电话号码相同：</translation>
    </message>
    <message>
        <source>A customer is kept only once. Save a new customer anyway?</source>
        <translation>每位客户只建一份档案。仍要新建这位客户吗？</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>18 characters on the ID card</source>
        <translation>身份证上的 18 位号码</translation>
    </message>
    <message>
        <source>Customer – {name}</source>
        <translation>客户 – {name}</translation>
    </message>
    <message>
        <source>✔ Verified by {user} on {date}</source>
        <translation>✔ 已由 {user} 于 {date} 认证</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>There is no document number to check yet.</source>
        <translation>尚未填写证件号码，暂时无法核验。</translation>
    </message>
    <message>
        <source>Merged into customer {id}. This record is kept for the history only; edit the customer it was merged into.</source>
        <translation>此客户已合并到客户 {id}。本记录仅作为历史保留，如需修改，请编辑合并后的客户。</translation>
    </message>
    <message>
        <source>Open customer {id}</source>
        <translation>打开客户 {id}</translation>
    </message>
    <message>
        <source>&amp;Unified social credit code:</source>
        <translation>统一社会信用代码(&amp;U):</translation>
    </message>
    <message>
        <source>18 characters on the licence</source>
        <translation>营业执照上的 18 位代码</translation>
    </message>
    <message>
        <source>Doc&amp;ument:</source>
        <translation>证件(&amp;U):</translation>
    </message>
    <message>
        <source>Company name as on the licence</source>
        <translation>按营业执照填写企业名称</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>This unified social credit code belongs to {name}. A customer is kept only once.</source>
        <translation>该统一社会信用代码已属于客户 {name}。同一客户只能登记一次。</translation>
    </message>
    <message>
        <source>This ID number belongs to {name}. A customer is kept only once.</source>
        <translation>该证件号码已属于客户 {name}。同一客户只能登记一次。</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>{room}  —  owners: {owners}</source>
        <translation>{room}  —  业主：{owners}</translation>
    </message>
    <message>
        <source>{count} rooms match “{text}”: choose one from the list.</source>
        <translation>有 {count} 个房间与“{text}”相符，请从列表中选择一个。</translation>
    </message>
    <message>
        <source>No room or parking space matches “{text}”.</source>
        <translation>没有与“{text}”相符的房间或车位。</translation>
    </message>
    <message>
        <source>Loading who holds {room}…</source>
        <translation>正在读取 {room} 的业主和租户…</translation>
    </message>
    <message>
        <source>Owners: {names}</source>
        <translation>业主：{names}</translation>
    </message>
    <message>
        <source>Tenants: {names}</source>
        <translation>租户：{names}</translation>
    </message>
    <message>
        <source>no owner or tenant recorded yet</source>
        <translation>尚未登记业主或租户</translation>
    </message>
    <message>
        <source>Total: a share is not a number</source>
        <translation>合计：有份额不是有效数字</translation>
    </message>
    <message>
        <source>Total: {total}%</source>
        <translation>合计：{total}%</translation>
    </message>
    <message>
        <source>Total: {total}% — type the new owner&apos;s share</source>
        <translation>合计：{total}% — 请填写新业主的份额</translation>
    </message>
    <message>
        <source>Total: {total}% — the owners must make 100%</source>
        <translation>合计：{total}% — 全部业主的份额合计须为 100%</translation>
    </message>
    <message>
        <source>Save a document number first, then mark it as checked.</source>
        <translation>请先保存证件号码，再标记证件已核验。</translation>
    </message>
    <message>
        <source>Save the changed document number first, then mark it as checked.</source>
        <translation>证件号码已修改，请先保存，再标记证件已核验。</translation>
    </message>
    <message>
        <source>Type the room code and choose the room from the list.</source>
        <translation>请输入房间编码，并从列表中选择房间。</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Open that customer</source>
        <translation>打开该客户</translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>已有客户</translation>
    </message>
    <message>
        <source>Possibly the same customer (check before saving):</source>
        <translation>可能是同一客户（保存前请核对）：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>Kind of customer</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名/名称(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>姓名/名称错误</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G):</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>出生日期(&amp;B):</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Filled in from a resident ID number. Press Delete to clear.</source>
        <translation>根据居民身份证号码自动填写。按 Delete 键可清除。</translation>
    </message>
    <message>
        <source>Date of birth error</source>
        <translation>出生日期错误</translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation>国籍(&amp;Y):</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Document error</source>
        <translation>证件错误</translation>
    </message>
    <message>
        <source>Legal representati&amp;ve:</source>
        <translation>法定代表人(&amp;V):</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>身份认证</translation>
    </message>
    <message>
        <source>Mark document as checked…</source>
        <translation>标记证件已核验…</translation>
    </message>
    <message>
        <source>Mark document as checked</source>
        <translation>标记证件已核验</translation>
    </message>
    <message>
        <source>Record that you compared the number with the customer&apos;s original document.</source>
        <translation>记录您已将号码与客户的证件原件核对一致。</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>电话(&amp;H):</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>添加电话</translation>
    </message>
    <message>
        <source>Phones error</source>
        <translation>电话错误</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮箱(&amp;E):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Email error</source>
        <translation>电子邮箱错误</translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation>通讯地址(&amp;P):</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Preferred &amp;contact:</source>
        <translation>首选联系方式(&amp;C):</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>客户等级(&amp;L):</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Add to a room</source>
        <translation>加入房间(&amp;A)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Type the room code, e.g. 3-2-1501 or 翠湖 3-2-1501</source>
        <translation>输入房间编码，例如 3-2-1501 或 翠湖 3-2-1501</translation>
    </message>
    <message>
        <source>Chosen room</source>
        <translation>已选房间</translation>
    </message>
    <message>
        <source>Room error</source>
        <translation>房间错误</translation>
    </message>
    <message>
        <source>&amp;Identity:</source>
        <translation>身份(&amp;I):</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>起始日期(&amp;D):</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>O&amp;wnership share (%):</source>
        <translation>产权份额(%)(&amp;W):</translation>
    </message>
    <message>
        <source>Ownership share in percent</source>
        <translation>产权份额（百分比）</translation>
    </message>
    <message>
        <source>e.g. 60</source>
        <translation>例如 60</translation>
    </message>
    <message>
        <source>Current owners: change their shares so that all owners make 100%.</source>
        <translation>现有业主：请调整其份额，使全部业主的份额合计为 100%。</translation>
    </message>
    <message>
        <source>Current owners and their shares</source>
        <translation>现有业主及其份额</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>份额(%)</translation>
    </message>
    <message>
        <source>Total of the shares</source>
        <translation>份额合计</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>关系(&amp;R):</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>&amp;Family of:</source>
        <translation>所属业主/租户(&amp;F):</translation>
    </message>
    <message>
        <source>Family of</source>
        <translation>所属业主/租户</translation>
    </message>
    <message>
        <source>Identity error</source>
        <translation>身份错误</translation>
    </message>
    <message>
        <source>Consent (PIPL)</source>
        <translation>个人信息处理同意（依据《个人信息保护法》）</translation>
    </message>
    <message>
        <source>Consent signed &amp;on:</source>
        <translation>同意书签署日期(&amp;O):</translation>
    </message>
    <message>
        <source>Consent signed on</source>
        <translation>同意书签署日期</translation>
    </message>
    <message>
        <source>The date the customer signed the consent form. Press Delete to clear.</source>
        <translation>客户签署个人信息处理同意书的日期。按 Delete 键可清除。</translation>
    </message>
    <message>
        <source>Consent date error</source>
        <translation>同意日期错误</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>同意范围(&amp;S):</translation>
    </message>
    <message>
        <source>Scope of the consent</source>
        <translation>同意范围</translation>
    </message>
    <message>
        <source>Personal information is recorded with the customer&apos;s consent under the Personal Information Protection Law (PIPL), and only what property management needs. Lists show ID and phone numbers masked.</source>
        <translation>根据《个人信息保护法》，客户的个人信息须经本人同意后方可登记，且仅限物业管理所需的内容。列表中的证件号码和电话号码只显示部分数字。</translation>
    </message>
    <message>
        <source>About personal information</source>
        <translation>关于个人信息</translation>
    </message>
    <message>
        <source>Re&amp;marks:</source>
        <translation>备注(&amp;M):</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Share (%)</source>
        <translation>份额(%)</translation>
    </message>
    <message>
        <source>Type a name, pinyin or phone, then Enter to add</source>
        <translation>输入姓名、拼音或电话，按回车添加</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>找到的客户</translation>
    </message>
    <message>
        <source>Total: {total}%</source>
        <translation>合计：{total}%</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <source>Kind</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>首选联系方式</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>同意范围</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>身份认证</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>移除时间</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>停用时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>（首选）</translation>
    </message>
    <message>
        <source>Became {role}</source>
        <translation>成为{role}</translation>
    </message>
    <message>
        <source>No longer {role}</source>
        <translation>不再是{role}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Customer record created</source>
        <translation>创建客户档案</translation>
    </message>
    <message>
        <source>Vehicle added</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Bank account added</source>
        <translation>添加银行账户</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Vehicle removed</source>
        <translation>移除车辆</translation>
    </message>
    <message>
        <source>Vehicle {plate}: {field} changed</source>
        <translation>车辆 {plate}：修改{field}</translation>
    </message>
    <message>
        <source>Account {number} pays for a room</source>
        <translation>账户 {number} 新增托收房间</translation>
    </message>
    <message>
        <source>Account {number} no longer pays for a room</source>
        <translation>账户 {number} 取消托收房间</translation>
    </message>
    <message>
        <source>Bank account {number} closed</source>
        <translation>银行账户 {number} 已停用</translation>
    </message>
    <message>
        <source>Account {number}: {field} changed</source>
        <translation>账户 {number}：修改{field}</translation>
    </message>
    <message>
        <source>Full numbers printed</source>
        <translation>已打印完整号码</translation>
    </message>
    <message>
        <source>Full numbers exported</source>
        <translation>已导出完整号码</translation>
    </message>
    <message>
        <source>Document verified</source>
        <translation>证件已核验</translation>
    </message>
    <message>
        <source>Verification removed (the document number changed)</source>
        <translation>身份认证已取消（证件号码已修改）</translation>
    </message>
    <message>
        <source>Another record merged into this one</source>
        <translation>其他记录已合并到本记录</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>已合并到其他记录</translation>
    </message>
    <message>
        <source>Moved to the other record</source>
        <translation>已转移到合并后的记录</translation>
    </message>
    <message>
        <source>Taken over in a merge: {field}</source>
        <translation>合并时沿用：{field}</translation>
    </message>
    <message>
        <source>Changed: {field}</source>
        <translation>修改：{field}</translation>
    </message>
    <message>
        <source>Customer profile</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>正在读取客户信息…</translation>
    </message>
    <message>
        <source>Primary phone (masked)</source>
        <translation>首选电话（部分隐藏）</translation>
    </message>
    <message>
        <source>Document (masked)</source>
        <translation>证件（部分隐藏）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Open the customer&apos;s form (full phone and document)</source>
        <translation>打开客户资料（显示完整的电话和证件号码）</translation>
    </message>
    <message>
        <source>Add to a &amp;room…</source>
        <translation>加入房间(&amp;R)…</translation>
    </message>
    <message>
        <source>Make this customer an owner, tenant, resident … of a room or space</source>
        <translation>将此客户登记为某个房间或车位的业主、租户、住户等</translation>
    </message>
    <message>
        <source>Mark as ver&amp;ified…</source>
        <translation>标记为已认证(&amp;I)…</translation>
    </message>
    <message>
        <source>Record that you checked the customer&apos;s original identity document</source>
        <translation>记录您已核验客户的身份证件原件</translation>
    </message>
    <message>
        <source>&amp;Merge another record into this…</source>
        <translation>将其他记录合并到此客户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Print card…</source>
        <translation>打印客户卡片(&amp;P)…</translation>
    </message>
    <message>
        <source>The customer card (客户卡片) as a PDF</source>
        <translation>生成客户卡片 PDF</translation>
    </message>
    <message>
        <source>Room or space</source>
        <translation>房间/车位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Holdings and identities now</source>
        <translation>当前房产与身份</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>结束…</translation>
    </message>
    <message>
        <source>End the selected identity (sold, moved out …)</source>
        <translation>结束所选身份（出售、迁出等）</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>业务办理(&amp;W)</translation>
    </message>
    <message>
        <source>Handover, transfer, let, renew or terminate for the selected holding</source>
        <translation>为所选房产办理收楼、过户、出租、续租或退租</translation>
    </message>
    <message>
        <source>&amp;Holdings and identities now</source>
        <translation>当前房产与身份(&amp;H)</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>&amp;Family members</source>
        <translation>家属(&amp;F)</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Add vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit vehicle</source>
        <translation>编辑车辆</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove vehicle</source>
        <translation>移除车辆</translation>
    </message>
    <message>
        <source>&amp;Vehicles</source>
        <translation>车辆(&amp;V)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Pays for</source>
        <translation>托收房间</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Add bank account</source>
        <translation>添加银行账户</translation>
    </message>
    <message>
        <source>Edit bank account</source>
        <translation>编辑银行账户</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Close bank account</source>
        <translation>停用银行账户</translation>
    </message>
    <message>
        <source>Stop collecting from this account</source>
        <translation>停止从此账户托收费用</translation>
    </message>
    <message>
        <source>&amp;Bank accounts</source>
        <translation>银行账户(&amp;B)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间线(&amp;T)</translation>
    </message>
    <message>
        <source>{name} — Customer</source>
        <translation>{name} — 客户</translation>
    </message>
    <message>
        <source>Verified by {who} on {when}</source>
        <translation>已由 {who} 于 {when} 认证</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <source>Nobody has recorded checking this customer&apos;s identity document yet.</source>
        <translation>尚无人登记核验过此客户的身份证件。</translation>
    </message>
    <message>
        <source>Customer no. {id}</source>
        <translation>客户编号 {id}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>电话：{phone}</translation>
    </message>
    <message>
        <source>(+{count} more)</source>
        <translation>（另有 {count} 个）</translation>
    </message>
    <message>
        <source>No phone recorded</source>
        <translation>未登记电话</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>{kind}: {number}</source>
        <translation>{kind}：{number}</translation>
    </message>
    <message>
        <source>No document recorded</source>
        <translation>未登记证件</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>This record was merged into &lt;a href=&quot;{id}&quot;&gt;{name} (no. {id})&lt;/a&gt;. Open that record to work with this customer.</source>
        <translation>此记录已合并到 &lt;a href=&quot;{id}&quot;&gt;{name}（编号 {id}）&lt;/a&gt;。请打开该记录办理此客户的业务。</translation>
    </message>
    <message>
        <source>{start} (until {end})</source>
        <translation>{start}（至 {end}）</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start} 起</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>当前客户</translation>
    </message>
    <message>
        <source>Enter the document number first (Edit…)</source>
        <translation>请先填写证件号码（编辑…）</translation>
    </message>
    <message>
        <source>Show in the tree</source>
        <translation>在资源树中显示</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>收楼…</translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation>转让过户…</translation>
    </message>
    <message>
        <source>Let to a tenant…</source>
        <translation>出租…</translation>
    </message>
    <message>
        <source>Renew the lease…</source>
        <translation>续租…</translation>
    </message>
    <message>
        <source>Terminate the lease…</source>
        <translation>终止租约…</translation>
    </message>
    <message>
        <source>There is no current lease of {name} here.</source>
        <translation>{name}在此处没有生效中的租约。</translation>
    </message>
    <message>
        <source>Remove the vehicle {plate} from {name}? It stays in the customer&apos;s history.</source>
        <translation>要将车辆 {plate} 从 {name} 名下移除吗？该车辆仍会保留在客户的历史记录中。</translation>
    </message>
    <message>
        <source>Stop collecting fees from the account {number} at {bank}? The account stays in the customer&apos;s history.</source>
        <translation>要停止从 {bank} 的账户 {number} 托收费用吗？该账户仍会保留在客户的历史记录中。</translation>
    </message>
    <message>
        <source>Close account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Verify customer</source>
        <translation>认证客户身份</translation>
    </message>
    <message>
        <source>Did you check the original identity document of {name} ({number}) in person? Your name and the time are recorded.</source>
        <translation>您是否已当面核验 {name}（{number}）的身份证件原件？系统将记录您的姓名和核验时间。</translation>
    </message>
    <message>
        <source>Mark as verified</source>
        <translation>标记为已认证</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>Property management services, fee collection and notices</source>
        <translation>物业管理服务、费用收缴及通知</translation>
    </message>
    <message>
        <source>same name and phone</source>
        <translation>姓名和电话相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Region name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Building name</source>
        <translation>楼栋名称</translation>
    </message>
    <message>
        <source>Car park name</source>
        <translation>停车场名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Building number</source>
        <translation>楼栋编号</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>房间编码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Gross area (m²)</source>
        <translation>建筑面积(m²)</translation>
    </message>
    <message>
        <source>Inner area (m²)</source>
        <translation>套内面积(m²)</translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation>面积(m²)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired on</source>
        <translation>注销时间</translation>
    </message>
    <message>
        <source>Retired because</source>
        <translation>注销原因</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>收楼</translation>
    </message>
    <message>
        <source>Inspection item</source>
        <translation>验房项目</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>过户</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Termination reason</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租人</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Rectified by</source>
        <translation>整改人</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>收楼日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>已续租</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>记录详情</translation>
    </message>
    <message>
        <source>Select a region, project, building, room or car park to see its details.</source>
        <translation>请选择区域、项目、楼栋、房间或停车场以查看详细信息。</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>记录标题</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>拆分合并沿革</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>最近修改</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>People</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>业务记录</translation>
    </message>
    <message>
        <source>Identity history</source>
        <translation>身份历史</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Split from {codes}</source>
        <translation>由 {codes} 拆分而来</translation>
    </message>
    <message>
        <source>Merged from {codes}</source>
        <translation>由 {codes} 合并而来</translation>
    </message>
    <message>
        <source>Split into {codes}</source>
        <translation>已拆分为 {codes}</translation>
    </message>
    <message>
        <source>Merged into {codes}</source>
        <translation>已合并为 {codes}</translation>
    </message>
    <message>
        <source>Became {codes}</source>
        <translation>已变更为 {codes}</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <source>{action}: {field}</source>
        <translation>{action}：{field}</translation>
    </message>
    <message>
        <source>{record} – {action}</source>
        <translation>{record} – {action}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>{start} 起</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>{relation} of {name}</source>
        <translation>{name}的{relation}</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>The identity document was checked.</source>
        <translation>身份证件已核验。</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未认证</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>要放弃所做的更改吗？</translation>
    </message>
    <message>
        <source>What you entered in this window has not been saved.</source>
        <translation>您在此窗口中填写的内容尚未保存。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <source>Due list</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Due list date</source>
        <translation>待办事项日期</translation>
    </message>
    <message>
        <source>Due list status</source>
        <translation>待办事项状态</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Refresh the due list</source>
        <translation>刷新待办事项</translation>
    </message>
    <message>
        <source>Read the due list again</source>
        <translation>重新读取待办事项</translation>
    </message>
    <message>
        <source>Things due</source>
        <translation>待办列表</translation>
    </message>
    <message>
        <source>Press Enter or double-click a line to open its record.</source>
        <translation>按回车键或双击一行，打开对应的记录。</translation>
    </message>
    <message>
        <source>Where / who</source>
        <translation>房间 / 客户</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Save the due list as an Excel workbook</source>
        <translation>将待办事项保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message>
        <source>The due list could not be read: {error}</source>
        <translation>无法读取待办事项：{error}</translation>
    </message>
    <message>
        <source>Due list — {weekday} {date}</source>
        <translation>待办事项 — {date} {weekday}</translation>
    </message>
    <message>
        <source>Handover appointments today and overdue ({count})</source>
        <translation>今日及逾期的收楼预约（{count}）</translation>
    </message>
    <message>
        <source>Sold rooms without an owner ({count})</source>
        <translation>已售但没有业主的房间（{count}）</translation>
    </message>
    <message>
        <source>Sold parking spaces without an owner ({count})</source>
        <translation>已售但没有业主的车位（{count}）</translation>
    </message>
    <message>
        <source>Customers without a verified ID ({count})</source>
        <translation>身份未认证的客户（{count}）</translation>
    </message>
    <message>
        <source>Leases ending within 1 day ({count})</source>
        <translation>1 天内到期的租约（{count}）</translation>
    </message>
    <message>
        <source>Leases ending within {days} days ({count})</source>
        <translation>{days} 天内到期的租约（{count}）</translation>
    </message>
    <message>
        <source>Handover defects open longer than 1 day ({count})</source>
        <translation>超过 1 天未整改的收楼缺陷（{count}）</translation>
    </message>
    <message>
        <source>Handover defects open longer than {days} days ({count})</source>
        <translation>超过 {days} 天未整改的收楼缺陷（{count}）</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>暂无待办</translation>
    </message>
    <message>
        <source>and {count} more…</source>
        <translation>另有 {count} 项…</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Tenants: {tenants} · landlord: {landlord}</source>
        <translation>租户：{tenants} · 业主：{landlord}</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>ends in {days}</source>
        <translation>{days}后到期</translation>
    </message>
    <message>
        <source>Owners: {names}</source>
        <translation>业主：{names}</translation>
    </message>
    <message>
        <source>No current owner</source>
        <translation>暂无业主</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{days} overdue</source>
        <translation>逾期 {days}</translation>
    </message>
    <message>
        <source>{item}: {defect}</source>
        <translation>{item}：{defect}</translation>
    </message>
    <message>
        <source>open for {days}</source>
        <translation>已 {days}未整改</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <source>ID not verified</source>
        <translation>证件未认证</translation>
    </message>
    <message>
        <source>no ID document</source>
        <translation>无证件号码</translation>
    </message>
</context>
<context>
    <name>EndIdentityDialog</name>
    <message>
        <source>End identity</source>
        <translation>结束身份</translation>
    </message>
    <message>
        <source>{name} has been {role} of {resource} since {start}.</source>
        <translation>{name} 自 {start} 起为 {resource} 的{role}。</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>出售</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>过户</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Lease ended</source>
        <translation>租约到期</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>迁出</translation>
    </message>
    <message>
        <source>{resource} will have no owner recorded from the end date.</source>
        <translation>自结束日期起，{resource} 将没有登记的业主。</translation>
    </message>
    <message>
        <source>New share of {name}</source>
        <translation>{name}的新份额</translation>
    </message>
    <message>
        <source>{name} (now {share}):</source>
        <translation>{name}（现为 {share}）：</translation>
    </message>
    <message>
        <source>Total: {total} ✓</source>
        <translation>合计：{total} ✓</translation>
    </message>
    <message>
        <source>Total: {total} — the shares must add up to 100%.</source>
        <translation>合计：{total} — 份额合计须为 100%。</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Residential</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>储藏室</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Unsold</source>
        <translation>未售</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已收楼</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>已入住</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>空置</translation>
    </message>
    <message>
        <source>Rented</source>
        <translation>已出租</translation>
    </message>
    <message>
        <source>Renovating</source>
        <translation>装修中</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准车位</translation>
    </message>
    <message>
        <source>Accessible</source>
        <translation>无障碍车位</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充电车位</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>机械车位</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Residential estate</source>
        <translation>住宅小区</translation>
    </message>
    <message>
        <source>Commercial complex</source>
        <translation>商业综合体</translation>
    </message>
    <message>
        <source>Mixed use</source>
        <translation>商住混合</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Car park</source>
        <translation>停车场</translation>
    </message>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Hong Kong/Macau permit</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Taiwan permit</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreign permanent residence card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母/外祖父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女/外孙子女</translation>
    </message>
    <message>
        <source>Other relation</source>
        <translation>其他关系</translation>
    </message>
    <message>
        <source>Water meter</source>
        <translation>水表</translation>
    </message>
    <message>
        <source>Electricity meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>Gas meter</source>
        <translation>燃气表</translation>
    </message>
    <message>
        <source>Resale</source>
        <translation>二手买卖</translation>
    </message>
    <message>
        <source>Inheritance</source>
        <translation>继承</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠与</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>法院判决</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Previous owner</source>
        <translation>原业主</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新业主</translation>
    </message>
    <message>
        <source>End on the transfer date</source>
        <translation>于过户日结束</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月付</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季付</translation>
    </message>
    <message>
        <source>Half-yearly</source>
        <translation>半年付</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年付</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>Terminated early</source>
        <translation>已提前解约</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is in {mode} journal mode, which is unsafe on a shared folder, and could not be switched back because another program has it open. Close the other programs using it and try again.</source>
        <translation>数据库当前处于 {mode} 日志模式，在共享文件夹中使用不安全；由于另一个程序正打开着该数据库，无法将其切换回来。请关闭正在使用该数据库的其他程序后重试。</translation>
    </message>
    <message>
        <source>This database was last opened by a newer version of the program (schema {revision}). It has not been changed. Install the newer version on this PC to open it.</source>
        <translation>此数据库上次由更新版本的程序打开（数据库结构版本 {revision}），本程序未对其做任何修改。请在本机安装新版本的程序后再打开。</translation>
    </message>
    <message>
        <source>The database is busy: another PC is saving to it. Nothing was saved yet; wait a moment and try again. If this keeps happening, check that the shared folder is reachable.</source>
        <translation>数据库正忙：另一台电脑正在向其保存数据。本次尚未保存任何内容，请稍候重试。如果此情况反复出现，请检查能否访问共享文件夹。</translation>
    </message>
    <message>
        <source>The document {number} already belongs to the customer {name}. A customer is kept only once: open that customer instead of creating a new one.</source>
        <translation>证件号码 {number} 已属于客户 {name}。同一客户只能登记一次，请打开该客户，不要重复新建。</translation>
    </message>
    <message>
        <source>The name is required. Type the customer&apos;s name.</source>
        <translation>姓名/名称为必填项，请填写客户的姓名或企业名称。</translation>
    </message>
    <message>
        <source>Choose the kind of document for the number {number}.</source>
        <translation>请为证件号码 {number} 选择证件类型。</translation>
    </message>
    <message>
        <source>The date of birth {date} is in the future. Check the year.</source>
        <translation>出生日期 {date} 晚于今天，请检查年份。</translation>
    </message>
    <message>
        <source>“{value}” is not an email address. Type it as name@example.com, or leave it empty.</source>
        <translation>“{value}”不是有效的电子邮箱地址。请按 name@example.com 的格式填写，或留空。</translation>
    </message>
    <message>
        <source>Record the date the customer agreed to the processing of their personal information (PIPL). Ask them to sign the consent form first.</source>
        <translation>请填写客户同意处理其个人信息的日期（《个人信息保护法》的要求）。如客户尚未签署，请先请客户签署个人信息处理同意书。</translation>
    </message>
    <message>
        <source>The consent date {date} is in the future. Use the date signed.</source>
        <translation>同意日期 {date} 晚于今天，请填写实际签署的日期。</translation>
    </message>
    <message>
        <source>Keep at most {count} phone numbers per customer.</source>
        <translation>每位客户最多登记 {count} 个电话号码。</translation>
    </message>
    <message>
        <source>The customer you are working on no longer exists. Refresh the view and try again.</source>
        <translation>您正在处理的客户已不存在。请刷新后重试。</translation>
    </message>
    <message>
        <source>This customer was merged into another record (number {survivor}). Open that one instead.</source>
        <translation>此客户已合并到另一条记录（编号 {survivor}），请改为打开该记录。</translation>
    </message>
    <message>
        <source>Someone else changed this record after you opened it, so your save was refused to avoid overwriting their change. Your entries are still in the form: note them, reopen the record and apply them again.</source>
        <translation>在您打开此记录后，其他人修改了该记录。为避免覆盖对方的修改，您的保存未被执行。您填写的内容仍保留在窗口中：请先记下这些内容，重新打开该记录后再次填写。</translation>
    </message>
    <message>
        <source>There is no document number to verify. Enter the number from the customer&apos;s ID document first.</source>
        <translation>没有可核验的证件号码。请先按客户的身份证件填写证件号码。</translation>
    </message>
    <message>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <source>These two customers have different document numbers, so they are two different people or companies and cannot be merged.</source>
        <translation>这两个客户的证件号码不同，属于不同的个人或企业，不能合并。</translation>
    </message>
    <message>
        <source>Both records take part, side by side, in the same sale, lease or transfer, so they are two different people and cannot be merged.</source>
        <translation>这两条记录在同一笔销售、租约或过户中同时出现，说明是两位不同的客户，不能合并。</translation>
    </message>
    <message>
        <source>The plate {plate} is already registered to {name}. If the car changed hands, remove it from that customer first.</source>
        <translation>车牌 {plate} 已登记在 {name} 名下。如车辆已转让，请先从该客户名下移除此车辆。</translation>
    </message>
    <message>
        <source>This vehicle was removed meanwhile. Refresh the view and try again.</source>
        <translation>此车辆已被其他人移除。请刷新后重试。</translation>
    </message>
    <message>
        <source>Type the bank&apos;s name, e.g. 中国工商银行 深圳分行.</source>
        <translation>请填写开户银行名称，例如 中国工商银行 深圳分行。</translation>
    </message>
    <message>
        <source>Type the account holder&apos;s name exactly as the bank has it.</source>
        <translation>请按银行登记的户名准确填写账户名。</translation>
    </message>
    <message>
        <source>A room chosen for this account no longer exists (it may have been split or merged). Choose the rooms again.</source>
        <translation>为此账户选择的某个房间已不存在（可能已被拆分或合并）。请重新选择房间。</translation>
    </message>
    <message>
        <source>This account was closed meanwhile. Refresh the view and try again.</source>
        <translation>此账户已被其他人停用。请刷新后重试。</translation>
    </message>
    <message>
        <source>The save conflicts with existing data ({detail}). Nothing was saved.</source>
        <translation>要保存的内容与现有数据冲突（{detail}），未保存任何内容。</translation>
    </message>
    <message>
        <source>The database file cannot be reached. Nothing was saved. Check that this PC is connected to the network and that the shared folder is available, then try again.</source>
        <translation>无法访问数据库文件，未保存任何内容。请检查本机是否已连接网络、共享文件夹是否可用，然后重试。</translation>
    </message>
    <message>
        <source>The disk that holds the database is full. Nothing was saved. Ask the administrator to free some space, then try again.</source>
        <translation>存放数据库的磁盘已满，未保存任何内容。请联系管理员清理磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The database file is read-only for this Windows user. Nothing was saved. Ask the administrator for permission to change files in the shared folder.</source>
        <translation>当前 Windows 用户对数据库文件只有只读权限，未保存任何内容。请联系管理员开通共享文件夹的修改权限。</translation>
    </message>
    <message>
        <source>Unknown demo size “{scale}”. Choose small or large.</source>
        <translation>未知的演示数据规模“{scale}”。请选择 small 或 large。</translation>
    </message>
    <message>
        <source>This database already holds data ({count} regions), so no demo data was added. Demo data can only be created in a new, empty database: choose a new file name.</source>
        <translation>此数据库中已有数据（{count} 个区域），因此未添加演示数据。演示数据只能在新建的空数据库中创建：请另选一个新的文件名。</translation>
    </message>
    <message>
        <source>{label} is required. Fill it in and save again.</source>
        <translation>{label}为必填项，请填写后再保存。</translation>
    </message>
    <message>
        <source>“{value}” is not an area. Enter square metres, e.g. 89.50.</source>
        <translation>“{value}”不是有效的面积。请以平方米为单位填写，例如 89.50。</translation>
    </message>
    <message>
        <source>The area {value} m² is out of range. Enter a number from 0 to 99,999,999.99.</source>
        <translation>面积 {value} m² 超出范围。请输入 0 到 99,999,999.99 之间的数值。</translation>
    </message>
    <message>
        <source>Areas are kept to two decimals (0.01 m²); {value} has more.</source>
        <translation>面积最多保留两位小数（0.01 m²），{value} 的小数位数超出。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>car park</source>
        <translation>停车场</translation>
    </message>
    <message>
        <source>parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>The {what} you are working on no longer exists (another clerk may have removed or split it). Refresh the view and try again.</source>
        <translation>您正在处理的{what}已不存在（可能已被其他同事删除或拆分）。请刷新后重试。</translation>
    </message>
    <message>
        <source>“{value}” is already used by another {what} here. Choose a different {label}.</source>
        <translation>“{value}”已被此处的另一个{what}使用，请改用其他{label}。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>{label} “{value}” may contain only letters, digits and Chinese characters (no spaces or hyphens, which separate the parts of a room code).</source>
        <translation>{label}“{value}”只能包含字母、数字和汉字（不能包含空格或连字符“-”，连字符用于分隔房间编码的各部分）。</translation>
    </message>
    <message>
        <source>{label} must be a whole number from 1 to 300.</source>
        <translation>{label}必须是 1 到 300 之间的整数。</translation>
    </message>
    <message>
        <source>Building number</source>
        <translation>楼栋编号</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>building number</source>
        <translation>楼栋编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Floor must be a whole number from -10 to 300, without 0 (basement floors are negative).</source>
        <translation>楼层必须是 -10 到 300 之间的整数，且不能为 0（地下楼层用负数表示）。</translation>
    </message>
    <message>
        <source>Inner area ({inner} m²) cannot be larger than gross floor area ({gross} m²). Check both figures against the sales plan.</source>
        <translation>套内面积（{inner} m²）不能大于建筑面积（{gross} m²）。请对照销售平面图核对这两个数值。</translation>
    </message>
    <message>
        <source>room code</source>
        <translation>房间编码</translation>
    </message>
    <message>
        <source>Skipped floors must be numbers separated by commas, e.g. 4, 13, 14.</source>
        <translation>跳过的楼层必须是以逗号分隔的数字，例如 4, 13, 14。</translation>
    </message>
    <message>
        <source>The plan has no floors. Enter the first and last floor.</source>
        <translation>生成方案中没有楼层。请填写起始楼层和结束楼层。</translation>
    </message>
    <message>
        <source>Rooms per floor must be from 1 to 50.</source>
        <translation>每层房间数必须在 1 到 50 之间。</translation>
    </message>
    <message>
        <source>The plan makes {count} rooms; at most {limit} can be generated at once. Generate the building in parts (e.g. unit by unit).</source>
        <translation>该方案将生成 {count} 个房间，但一次最多只能生成 {limit} 个。请分批生成该楼栋的房间（例如逐个单元生成）。</translation>
    </message>
    <message>
        <source>The numbering pattern “{pattern}” is not valid. Use {{floor}} and {{room}}, e.g. {{floor}}{{room:02d}} for 1501.</source>
        <translation>编号规则“{pattern}”无效。请使用 {{floor}} 和 {{room}}，例如 {{floor}}{{room:02d}} 可生成 1501。</translation>
    </message>
    <message>
        <source>The numbering pattern “{pattern}” gives two rooms the same number. Include both {{floor}} and {{room}} in it.</source>
        <translation>按编号规则“{pattern}”会有两个房间的房号相同。请在规则中同时包含 {{floor}} 和 {{room}}。</translation>
    </message>
    <message>
        <source>{count} of these rooms already exist ({sample}…). Nothing was generated; change the units, floors or pattern.</source>
        <translation>其中 {count} 个房间已存在（{sample}…）。未生成任何房间；请修改单元、楼层或编号规则。</translation>
    </message>
    <message>
        <source>A split needs at least two new rooms.</source>
        <translation>拆分至少需要两个新房间。</translation>
    </message>
    <message>
        <source>Someone else changed this room after you opened it. Reopen it and split again.</source>
        <translation>在您打开此房间后，其他人修改了该房间。请重新打开后再拆分。</translation>
    </message>
    <message>
        <source>gross floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>inner area</source>
        <translation>套内面积</translation>
    </message>
    <message>
        <source>The new rooms&apos; {label} adds up to {total} m², more than the {original} m² of room {code}. Reduce the parts so they fit.</source>
        <translation>新房间的{label}合计 {total} m²，超过了房间 {code} 的 {original} m²。请减小各拆分项的面积，使合计不超过原房间。</translation>
    </message>
    <message>
        <source>Room {code} has no {label} on record, so the parts&apos; areas cannot be checked. Enter the room&apos;s area first.</source>
        <translation>房间 {code} 未登记{label}，无法核对各拆分项的面积。请先填写该房间的面积。</translation>
    </message>
    <message>
        <source>Two of the new rooms have the same code. Give each a different number.</source>
        <translation>有两个新房间的房间编码相同。请为每个房间填写不同的房号。</translation>
    </message>
    <message>
        <source>room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Select at least two rooms to merge.</source>
        <translation>请至少选择两个要合并的房间。</translation>
    </message>
    <message>
        <source>Someone else changed room {code} after you opened it. Reopen it and merge again.</source>
        <translation>在您打开房间 {code} 后，其他人修改了该房间。请重新打开后再合并。</translation>
    </message>
    <message>
        <source>Only rooms of the same building can be merged.</source>
        <translation>只能合并同一楼栋内的房间。</translation>
    </message>
    <message>
        <source>The merged room&apos;s {label} ({value} m²) is more than the {total} m² of the rooms merged. Enter at most their sum.</source>
        <translation>合并后房间的{label}（{value} m²）超过了被合并房间的合计 {total} m²。请填写不超过合计值的面积。</translation>
    </message>
    <message>
        <source>Space number</source>
        <translation>车位编号</translation>
    </message>
    <message>
        <source>A space number has at most 30 characters.</source>
        <translation>车位编号最多 30 个字符。</translation>
    </message>
    <message>
        <source>space number</source>
        <translation>车位编号</translation>
    </message>
    <message>
        <source>The last number must not be smaller than the first.</source>
        <translation>结束编号不能小于起始编号。</translation>
    </message>
    <message>
        <source>The range makes {count} spaces; at most {limit} can be generated at once.</source>
        <translation>该范围将生成 {count} 个车位，但一次最多只能生成 {limit} 个。</translation>
    </message>
    <message>
        <source>{count} of these spaces already exist ({sample}…). Nothing was generated; change the prefix or the range.</source>
        <translation>其中 {count} 个车位已存在（{sample}…）。未生成任何车位；请修改前缀或编号范围。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. The details are in the log file.</source>
        <translation>发生意外错误：{error}。详细信息已记录在日志文件中。</translation>
    </message>
    <message>
        <source>Enter from 1 to {limit} units, or their names separated by commas.</source>
        <translation>请输入 1 到 {limit} 之间的单元数，或以逗号分隔的单元名称。</translation>
    </message>
    <message>
        <source>A unit is listed twice. Give each unit once, e.g. 1,2,3.</source>
        <translation>有单元重复填写。每个单元只能填写一次，例如 1,2,3。</translation>
    </message>
    <message>
        <source>The ID number is empty. Type the 18 characters printed on the ID card.</source>
        <translation>身份证号码为空。请输入身份证上印的 18 位号码。</translation>
    </message>
    <message>
        <source>The ID number {value} is an old 15-digit number. Type the 18-character number printed on the current ID card.</source>
        <translation>身份证号码 {value} 是旧的 15 位号码。请输入现行身份证上印的 18 位号码。</translation>
    </message>
    <message>
        <source>The ID number {value} has {count} characters, but a resident ID number has 18. Check the number on the card and type it again.</source>
        <translation>身份证号码 {value} 有 {count} 位，而居民身份证号码应为 18 位。请核对证件后重新输入。</translation>
    </message>
    <message>
        <source>The ID number {value} contains characters that are not allowed. A resident ID number has only digits; just the last character may be X.</source>
        <translation>身份证号码 {value} 含有不允许的字符。居民身份证号码只能由数字组成，仅最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The ID number {value} has an impossible birth date {digits} in characters 7 to 14 (year, month, day). Check the number on the card and type it again.</source>
        <translation>身份证号码 {value} 第 7 至 14 位（年、月、日）的出生日期 {digits} 不存在。请核对证件后重新输入。</translation>
    </message>
    <message>
        <source>The ID number {value} gives the birth date {birth_date}, which is in the future or before 1900. Check characters 7 to 14 against the card.</source>
        <translation>身份证号码 {value} 中的出生日期 {birth_date} 晚于今天或早于 1900 年。请对照证件核对第 7 至 14 位。</translation>
    </message>
    <message>
        <source>The ID number {value} has a wrong check digit (the last character), so one of its characters was mistyped. Check the number on the card and type it again.</source>
        <translation>身份证号码 {value} 的校验位（最后一位）不正确，可能有字符输错。请核对证件后重新输入。</translation>
    </message>
    <message>
        <source>The document number is empty. Type the number printed on the document.</source>
        <translation>证件号码为空。请输入证件上印的号码。</translation>
    </message>
    <message>
        <source>The document number {value} contains characters that are not allowed. Type only the letters A-Z and digits printed on the document.</source>
        <translation>证件号码 {value} 含有不允许的字符。请只输入证件上印的字母 A-Z 和数字。</translation>
    </message>
    <message>
        <source>The document number {value} has {count} characters; a document number has 5 to 30. Check the number on the document and type it again.</source>
        <translation>证件号码 {value} 有 {count} 个字符，而证件号码应为 5 到 30 个字符。请核对证件后重新输入。</translation>
    </message>
    <message>
        <source>The birth date {birth_date} does not match the date {id_birth_date} in the ID number {id_number}. Correct the birth date or the ID number.</source>
        <translation>出生日期 {birth_date} 与身份证号码 {id_number} 中的日期 {id_birth_date} 不一致。请更正出生日期或身份证号码。</translation>
    </message>
    <message>
        <source>The unified social credit code is empty. Type the 18 characters printed on the business licence.</source>
        <translation>统一社会信用代码为空。请输入营业执照上印的 18 位代码。</translation>
    </message>
    <message>
        <source>The unified social credit code {value} has {count} characters, but the code has 18. Check the code on the business licence and type it again.</source>
        <translation>统一社会信用代码 {value} 有 {count} 位，而统一社会信用代码应为 18 位。请核对营业执照后重新输入。</translation>
    </message>
    <message>
        <source>The unified social credit code {value} contains characters that are not allowed. The code uses digits and capital letters except I, O, Z, S and V, and characters 3 to 8 are digits. Check the code on the business licence.</source>
        <translation>统一社会信用代码 {value} 含有不允许的字符。该代码由数字和大写字母（不含 I、O、Z、S、V）组成，且第 3 至 8 位为数字。请核对营业执照上的代码。</translation>
    </message>
    <message>
        <source>The unified social credit code {value} has a wrong check character (the last character), so one of its characters was mistyped. Check the code on the business licence and type it again.</source>
        <translation>统一社会信用代码 {value} 的校验位（最后一位）不正确，可能有字符输错。请核对营业执照后重新输入。</translation>
    </message>
    <message>
        <source>The phone number {value} is not valid. Type a mobile number (11 digits), a landline with its area code (e.g. 020-12345678), or a Hong Kong, Macau, Taiwan or foreign number starting with + and the country code.</source>
        <translation>电话号码 {value} 无效。请输入手机号码（11 位）、带区号的固定电话（例如 020-12345678），或以 + 和国家/地区代码开头的港澳台或境外号码。</translation>
    </message>
    <message>
        <source>A phone number is required. Type the phone number.</source>
        <translation>电话号码为必填项，请填写电话号码。</translation>
    </message>
    <message>
        <source>The phone number {value} contains characters that are not allowed. Type only digits (spaces and hyphens are fine; + only in front of a country code).</source>
        <translation>电话号码 {value} 含有不允许的字符。请只输入数字（可以有空格和连字符；+ 只能用在国家/地区代码前）。</translation>
    </message>
    <message>
        <source>The phone number {value} looks like a landline without its area code. Type the area code in front, e.g. 020-12345678 or 0755-88886666; type Hong Kong, Macau or foreign numbers with + and the country code.</source>
        <translation>电话号码 {value} 像是没有区号的固定电话。请在前面加上区号，例如 020-12345678 或 0755-88886666；港澳或境外号码请以 + 和国家/地区代码开头。</translation>
    </message>
    <message>
        <source>The phone number {value} is not a valid mainland mobile number: check the digits (11 digits starting with 1).</source>
        <translation>电话号码 {value} 不是有效的内地手机号码，请检查号码（应为以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>The plate number is empty. Type the plate, e.g. 粤B12345.</source>
        <translation>车牌号码为空。请输入车牌，例如 粤B12345。</translation>
    </message>
    <message>
        <source>The plate {value} does not start with a province: the first character must be a province abbreviation such as 粤 or 京.</source>
        <translation>车牌 {value} 不是以省份简称开头。第一个字符必须是省份简称，例如 粤 或 京。</translation>
    </message>
    <message>
        <source>The plate {value} contains the letter I or O, which are not used on plates. Type the digit 1 or 0 instead.</source>
        <translation>车牌 {value} 含有字母 I 或 O，车牌中不使用这两个字母。请改为输入数字 1 或 0。</translation>
    </message>
    <message>
        <source>The plate {value} has {count} characters. An ordinary plate has 7 (e.g. 粤B12345) and a new-energy plate has 8 (e.g. 粤BD12345).</source>
        <translation>车牌 {value} 有 {count} 个字符。普通车牌为 7 位（例如 粤B12345），新能源车牌为 8 位（例如 粤BD12345）。</translation>
    </message>
    <message>
        <source>The plate {value} needs a letter after the province (the city code, such as B in 粤B12345).</source>
        <translation>车牌 {value} 的省份简称后应为一个字母（发牌机关代号，例如 粤B12345 中的 B）。</translation>
    </message>
    <message>
        <source>The plate {value} contains characters that are not allowed. After the province and city letter come 5 capital letters or digits; only the last may be 挂, 学, 警, 港, 澳, 领, 试 or 超.</source>
        <translation>车牌 {value} 含有不允许的字符。省份简称和发牌机关代号之后应为 5 位大写字母或数字；只有最后一位可以是 挂、学、警、港、澳、领、试 或 超。</translation>
    </message>
    <message>
        <source>The plate {value} is not a valid new-energy plate. An 8-character plate has D or F right after the city letter (粤BD12345) or at the end (粤B12345D), and otherwise capital letters or digits.</source>
        <translation>车牌 {value} 不是有效的新能源车牌。8 位车牌的发牌机关代号后紧跟 D 或 F（粤BD12345），或以 D 或 F 结尾（粤B12345D），其余为大写字母或数字。</translation>
    </message>
    <message>
        <source>The account number is empty. Type the bank account number.</source>
        <translation>账号为空。请输入银行账号。</translation>
    </message>
    <message>
        <source>The account number {value} contains characters that are not allowed. Type only the digits of the account number (spaces are fine).</source>
        <translation>账号 {value} 含有不允许的字符。请只输入账号中的数字（可以有空格）。</translation>
    </message>
    <message>
        <source>The account number {value} has {count} digits; a bank account number has 8 to 30. Check the number and type it again.</source>
        <translation>账号 {value} 有 {count} 位数字，而银行账号应为 8 到 30 位。请核对后重新输入。</translation>
    </message>
    <message>
        <source>“{value}” is not a share. Type a percentage such as 60 or 33.33.</source>
        <translation>“{value}”不是有效的份额。请输入百分比，例如 60 或 33.33。</translation>
    </message>
    <message>
        <source>A share must be more than 0% and at most 100%; {value}% is not.</source>
        <translation>份额必须大于 0% 且不超过 100%，{value}% 不在此范围内。</translation>
    </message>
    <message>
        <source>Shares are kept to two decimals (e.g. 33.33%); {value} has more.</source>
        <translation>份额最多保留两位小数（例如 33.33%），{value} 的小数位数超出。</translation>
    </message>
    <message>
        <source>Choose one room or one parking space for the identity.</source>
        <translation>请为该身份选择一个房间或一个车位。</translation>
    </message>
    <message>
        <source>A staff member&apos;s name has at most 100 characters.</source>
        <translation>员工姓名最多 100 个字符。</translation>
    </message>
    <message>
        <source>“{value}” is not a number of keys for {kind}. Type a whole number.</source>
        <translation>“{value}”不是有效的{kind}数量。请输入整数。</translation>
    </message>
    <message>
        <source>The number of {kind} must be from 1 to 999; {value} is not. Leave out a kind of key that was not handed over.</source>
        <translation>{kind}的数量必须在 1 到 999 之间，{value} 不符合。未交付的钥匙种类请不要列出。</translation>
    </message>
    <message>
        <source>Enter the reading of every meter listed, or remove the meter.</source>
        <translation>请填写所列每个表的读数，或删除该表。</translation>
    </message>
    <message>
        <source>“{value}” is not a meter reading. Type the number on the meter.</source>
        <translation>“{value}”不是有效的读数。请输入表上显示的数字。</translation>
    </message>
    <message>
        <source>The meter reading {value} is out of range: it must be 0 or more (and below 10,000,000,000).</source>
        <translation>读数 {value} 超出范围：必须大于或等于 0（且小于 10,000,000,000）。</translation>
    </message>
    <message>
        <source>Meter readings are kept to two decimals; {value} has more.</source>
        <translation>读数最多保留两位小数，{value} 的小数位数过多。</translation>
    </message>
    <message>
        <source>Record the keys handed over: at least one kind (front door key, access card …) and how many.</source>
        <translation>请登记交付的钥匙：至少一种（入户门钥匙、门禁卡等）及其数量。</translation>
    </message>
    <message>
        <source>Every line of keys needs its kind (front door key, mailbox key, access card …).</source>
        <translation>每一行钥匙都需要填写种类（入户门钥匙、信箱钥匙、门禁卡等）。</translation>
    </message>
    <message>
        <source>A kind of key has at most 50 characters.</source>
        <translation>钥匙种类最多 50 个字符。</translation>
    </message>
    <message>
        <source>{kind} is listed twice. Put all keys of one kind on one line.</source>
        <translation>{kind}重复填写。同一种钥匙请合并填写在一行。</translation>
    </message>
    <message>
        <source>water meter</source>
        <translation>水表</translation>
    </message>
    <message>
        <source>electricity meter</source>
        <translation>电表</translation>
    </message>
    <message>
        <source>gas meter</source>
        <translation>燃气表</translation>
    </message>
    <message>
        <source>Choose the meter of each reading: water, electricity or gas.</source>
        <translation>请为每个读数选择对应的表：水表、电表或燃气表。</translation>
    </message>
    <message>
        <source>The {meter} is read twice. Keep one reading per meter: the one on the handover day.</source>
        <translation>{meter}录入了两次读数。每个表只保留一个读数，即收楼当天的读数。</translation>
    </message>
    <message>
        <source>A meter&apos;s unit has at most 10 characters, like m³ or kWh.</source>
        <translation>表的计量单位最多 10 个字符，例如 m³ 或 kWh。</translation>
    </message>
    <message>
        <source>Every inspection item needs its name.</source>
        <translation>每个验收项目都需要填写名称。</translation>
    </message>
    <message>
        <source>An inspection item&apos;s name has at most 50 characters.</source>
        <translation>验收项目名称最多 50 个字符。</translation>
    </message>
    <message>
        <source>The inspection item {name} is listed twice. List each item once.</source>
        <translation>验收项目“{name}”重复填写。每个项目只能填写一次。</translation>
    </message>
    <message>
        <source>Describe the defect found at {name} (what and where), so that it can be put right.</source>
        <translation>请描述在“{name}”发现的缺陷（什么问题、在什么位置），以便安排整改。</translation>
    </message>
    <message>
        <source>{name} is marked ok but has a defect description. Either mark it as a defect or clear the description.</source>
        <translation>“{name}”标记为合格，却填写了缺陷描述。请将其标记为缺陷，或清空描述。</translation>
    </message>
    <message>
        <source>The room no longer exists (it may have been split or merged). Choose the room again.</source>
        <translation>该房间已不存在（可能已被拆分或合并）。请重新选择房间。</translation>
    </message>
    <message>
        <source>Room {code} has not been sold. A handover follows the sale: register the sale first.</source>
        <translation>房间 {code} 尚未售出。收楼在销售之后进行：请先办理销售登记。</translation>
    </message>
    <message>
        <source>Room {code} was already handed over on {date} (handled by {name}). A room is handed over once; open defects are rectified on that handover.</source>
        <translation>房间 {code} 已于 {date} 收楼（经办人：{name}）。每个房间只办理一次收楼；未整改的缺陷请在该次收楼记录上整改。</translation>
    </message>
    <message>
        <source>The status of room {code} shows it has already been handed over or is in use, although no handover is recorded. If the handover has in fact not taken place, set the room&apos;s status back to sold first.</source>
        <translation>房间 {code} 的状态显示已交付或已在使用，但没有收楼记录。如果实际上尚未收楼，请先将房间状态改回“已售”。</translation>
    </message>
    <message>
        <source>Room {code} has no current owner, so there is nobody to hand it over to. Check the room&apos;s owners first.</source>
        <translation>房间 {code} 目前没有业主，无法办理收楼。请先核对该房间的业主。</translation>
    </message>
    <message>
        <source>Enter the date of the handover appointment.</source>
        <translation>请填写收楼预约日期。</translation>
    </message>
    <message>
        <source>The appointment date {date} has passed. Choose today or a later day; a handover that has already taken place is recorded by completing it.</source>
        <translation>预约日期 {date} 已过。请选择今天或之后的日期；已经完成的收楼请直接办理收楼登记。</translation>
    </message>
    <message>
        <source>Enter the date the room was handed over.</source>
        <translation>请填写收楼日期。</translation>
    </message>
    <message>
        <source>The handover date {date} is in the future. Record the handover once it has taken place; until then, schedule an appointment.</source>
        <translation>收楼日期 {date} 在将来。请在收楼完成后再登记；在此之前请先预约。</translation>
    </message>
    <message>
        <source>Enter the name of the staff member who handled the handover.</source>
        <translation>请填写办理收楼的经办人姓名。</translation>
    </message>
    <message>
        <source>The handover date {date} is before the sale was signed ({signed}). A room is handed over on or after the signing date; check the date.</source>
        <translation>收楼日期 {date} 早于销售合同签订日期（{signed}）。收楼日期不能早于签约日期，请检查日期。</translation>
    </message>
    <message>
        <source>The handover appointment you are completing no longer exists or was completed by someone else. Refresh the view and try again.</source>
        <translation>您要办理的收楼预约已不存在，或已由他人办理完成。请刷新后重试。</translation>
    </message>
    <message>
        <source>The inspection checklist is not complete: {names} not checked. Mark each item ok, or as a defect with its description.</source>
        <translation>验收清单不完整：{names} 尚未验收。请将每个项目标记为合格，或标记为缺陷并填写描述。</translation>
    </message>
    <message>
        <source>Enter the date the defect was rectified.</source>
        <translation>请填写缺陷的整改日期。</translation>
    </message>
    <message>
        <source>The rectification date {date} is in the future. Mark the defect rectified once the work is done.</source>
        <translation>整改日期 {date} 在将来。请在整改完成后再标记为已整改。</translation>
    </message>
    <message>
        <source>Enter who rectified the defect (staff member or contractor).</source>
        <translation>请填写整改人（员工或施工单位）。</translation>
    </message>
    <message>
        <source>This inspection item no longer exists. Refresh the view.</source>
        <translation>该验收项目已不存在。请刷新。</translation>
    </message>
    <message>
        <source>{name} was found ok at the handover: there is nothing to rectify.</source>
        <translation>“{name}”在收楼时验收合格，无需整改。</translation>
    </message>
    <message>
        <source>The defect at {name} was already rectified on {date} by {by}.</source>
        <translation>“{name}”的缺陷已于 {date} 由 {by} 整改。</translation>
    </message>
    <message>
        <source>The rectification date {date} is before the handover ({handover}), when the defect was found. Check the date.</source>
        <translation>整改日期 {date} 早于发现该缺陷的收楼日期（{handover}）。请检查日期。</translation>
    </message>
    <message>
        <source>Enter the name of the checklist item (kitchen, balcony …).</source>
        <translation>请填写验收项目名称（如厨房、阳台）。</translation>
    </message>
    <message>
        <source>A checklist item&apos;s name has at most 50 characters.</source>
        <translation>验收项目名称最多 50 个字符。</translation>
    </message>
    <message>
        <source>This checklist item no longer exists. Refresh the view.</source>
        <translation>该验收项目已不存在。请刷新。</translation>
    </message>
    <message>
        <source>The checklist already has an item “{name}”. Choose a different name.</source>
        <translation>验收清单中已有项目“{name}”。请换一个名称。</translation>
    </message>
    <message>
        <source>The checklist item {name} is already deactivated. Add it again to bring it back.</source>
        <translation>验收项目“{name}”已停用。如需恢复，请重新添加该项目。</translation>
    </message>
    <message>
        <source>The checklist was changed meanwhile (or an item is listed twice). Refresh the view and put the items in order again.</source>
        <translation>验收清单已被他人修改（或有项目重复）。请刷新后重新排序。</translation>
    </message>
    <message>
        <source>The parking space no longer exists. Choose it again.</source>
        <translation>该车位已不存在。请重新选择车位。</translation>
    </message>
    <message>
        <source>Give every co-owner a share.</source>
        <translation>请为每位共有人填写份额。</translation>
    </message>
    <message>
        <source>The owners&apos; shares add up to {total}%, but they must add up to 100%. Adjust the shares of the co-owners so that together they make 100%.</source>
        <translation>业主的份额合计为 {total}%，但必须为 100%。请调整各共有人的份额，使合计为 100%。</translation>
    </message>
    <message>
        <source>The customer no longer exists. Refresh the view and try again.</source>
        <translation>该客户已不存在。请刷新后重试。</translation>
    </message>
    <message>
        <source>The start date {date} is too early. Check the year.</source>
        <translation>起始日期 {date} 过早，请检查年份。</translation>
    </message>
    <message>
        <source>One of the co-owners whose share you changed is no longer an owner of this room or parking space. Refresh the view and try again.</source>
        <translation>您修改了份额的某位共有人已不再是此房间或车位的业主。请刷新后重试。</translation>
    </message>
    <message>
        <source>{name} is already {role} here, so there is nothing to add. To record a new period, end the current one first.</source>
        <translation>{name} 已是此处的{role}，无需重复添加。如需登记新的期间，请先结束当前身份。</translation>
    </message>
    <message>
        <source>an owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>a tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>a resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>an emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Choose the family member&apos;s relation (spouse, child, parent …).</source>
        <translation>请选择家属的关系（配偶、子女、父母等）。</translation>
    </message>
    <message>
        <source>Choose the owner or tenant whose family member this is.</source>
        <translation>请选择该家属所属的业主或租户。</translation>
    </message>
    <message>
        <source>A customer cannot be their own family member.</source>
        <translation>客户不能是自己的家属。</translation>
    </message>
    <message>
        <source>A family member belongs to an owner or tenant of the same room. The person chosen is neither here; choose one of the current owners or tenants.</source>
        <translation>家属必须属于同一房间的业主或租户。所选人员不是此处的业主或租户，请从当前业主或租户中选择。</translation>
    </message>
    <message>
        <source>This identity no longer exists. Refresh the view.</source>
        <translation>该身份已不存在。请刷新。</translation>
    </message>
    <message>
        <source>This identity already ended on {date}.</source>
        <translation>该身份已于 {date} 结束。</translation>
    </message>
    <message>
        <source>The end date {end} is before the start date {start}. Choose a later end date.</source>
        <translation>结束日期 {end} 早于起始日期 {start}。请选择更晚的结束日期。</translation>
    </message>
    <message>
        <source>Add at least one buyer.</source>
        <translation>请至少添加一位买受人。</translation>
    </message>
    <message>
        <source>This room or parking space still has owners on that date. A change of owners is a transfer of ownership, not a sale.</source>
        <translation>该房间或车位在此日期仍有业主。更换业主属于转让过户，而不是销售。</translation>
    </message>
    <message>
        <source>A buyer is listed twice. List each buyer once.</source>
        <translation>同一位买受人被列了两次。每位买受人只需列一次。</translation>
    </message>
    <message>
        <source>Give every buyer a share (together 100%).</source>
        <translation>请为每位买受人填写份额（合计 100%）。</translation>
    </message>
    <message>
        <source>Enter the price in the contract (yuan).</source>
        <translation>请填写合同价格（元）。</translation>
    </message>
    <message>
        <source>“{value}” is not a price. Type the amount in yuan, e.g. 1280000.</source>
        <translation>“{value}”不是有效的价格。请输入以元为单位的金额，例如 1280000。</translation>
    </message>
    <message>
        <source>The price {value} is out of range: it must be more than 0 yuan.</source>
        <translation>价格 {value} 超出范围：必须大于 0 元。</translation>
    </message>
    <message>
        <source>Prices are kept to the fen (0.01); {value} has more.</source>
        <translation>价格精确到分（0.01 元）；{value} 的小数位过多。</translation>
    </message>
    <message>
        <source>Enter the contract number from the sales contract.</source>
        <translation>请填写销售合同上的合同编号。</translation>
    </message>
    <message>
        <source>Enter the date the contract was signed.</source>
        <translation>请填写合同签订日期。</translation>
    </message>
    <message>
        <source>The signing date {date} is in the future. Register the sale once it is signed.</source>
        <translation>签约日期 {date} 晚于今天。请在合同签订后再登记销售。</translation>
    </message>
    <message>
        <source>The contract number {number} is already registered for another sale. Check the number on the contract.</source>
        <translation>合同编号 {number} 已用于另一笔销售登记。请核对合同上的编号。</translation>
    </message>
    <message>
        <source>Choose or enter every buyer.</source>
        <translation>请为每一行选择或录入买受人。</translation>
    </message>
    <message>
        <source>Choose one room or one parking space to sell.</source>
        <translation>请选择要出售的一个房间或一个车位。</translation>
    </message>
    <message>
        <source>The room or parking space no longer exists (it may have been split or merged). Choose it again.</source>
        <translation>该房间或车位已不存在（可能已被拆分或合并）。请重新选择。</translation>
    </message>
    <message>
        <source>Only an unsold room or parking space can be sold; this one is already sold. A change of owners is a transfer of ownership.</source>
        <translation>只有未售的房间或车位才能登记销售；此房间或车位已售出。更换业主应办理转让过户。</translation>
    </message>
    <message>
        <source>Enter the rent of one period, in yuan.</source>
        <translation>请输入每期租金（元）。</translation>
    </message>
    <message>
        <source>“{value}” is not a rent. Type the amount of one period in yuan, e.g. 3500.</source>
        <translation>“{value}”不是有效的租金。请输入每期租金金额（元），例如 3500。</translation>
    </message>
    <message>
        <source>“{value}” is not a deposit. Type the amount in yuan, e.g. 7000, or leave it empty.</source>
        <translation>“{value}”不是有效的押金。请输入金额（元），例如 7000，无押金可留空。</translation>
    </message>
    <message>
        <source>The rent {value} is out of range: it must be more than 0 yuan.</source>
        <translation>租金 {value} 超出范围：必须大于 0 元。</translation>
    </message>
    <message>
        <source>The deposit {value} is out of range: it must be 0 yuan or more.</source>
        <translation>押金 {value} 超出范围：不能小于 0 元。</translation>
    </message>
    <message>
        <source>Amounts are kept to the fen (0.01); {value} has more.</source>
        <translation>金额精确到分（0.01）；{value} 的小数位过多。</translation>
    </message>
    <message>
        <source>Choose how often the rent is paid: monthly, quarterly, half-yearly or yearly.</source>
        <translation>请选择租金支付周期：月付、季付、半年付或年付。</translation>
    </message>
    <message>
        <source>The rent payment day is a day of the month from 1 to 28 (a day every month has); {value} is not.</source>
        <translation>交租日应为每月的 1 至 28 日（每个月都有的日期）；{value} 不符合要求。</translation>
    </message>
    <message>
        <source>Enter the date the lease starts.</source>
        <translation>请输入租约开始日期。</translation>
    </message>
    <message>
        <source>Enter the date the lease ends: the day the tenants hand the keys back.</source>
        <translation>请输入租约结束日期，即租户交还钥匙的日期。</translation>
    </message>
    <message>
        <source>The renewal starts on {start}, when the current term ends, so it must end after that day; {end} does not.</source>
        <translation>续租从本期租约结束的 {start} 开始，因此结束日期必须晚于该日；{end} 不符合要求。</translation>
    </message>
    <message>
        <source>The lease ends on {end}, which is not after its start {start}. The end date is the day the tenants hand the keys back.</source>
        <translation>租约结束日期 {end} 不晚于开始日期 {start}。结束日期是租户交还钥匙的日期。</translation>
    </message>
    <message>
        <source>A lease runs at most 20 years; {start} to {end} is longer. Let it for a shorter term and renew it when the term is up.</source>
        <translation>租期最长 20 年；{start} 至 {end} 超过了这一期限。请缩短租期，到期后再续租。</translation>
    </message>
    <message>
        <source>Enter why the lease ends early (the tenant moves out, rent not paid, the owner sells …).</source>
        <translation>请填写提前解约的原因（租户搬离、拖欠租金、业主出售房产等）。</translation>
    </message>
    <message>
        <source>The reason has at most 200 characters.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>Choose at least one room or parking space to let.</source>
        <translation>请至少选择一个要出租的房间或车位。</translation>
    </message>
    <message>
        <source>A room or parking space is listed twice. List each one once.</source>
        <translation>有房间或车位重复列出，每个只需列一次。</translation>
    </message>
    <message>
        <source>Choose the landlord: one of the current owners of what is let.</source>
        <translation>请选择出租人：须为出租房产的现业主之一。</translation>
    </message>
    <message>
        <source>{name} is not an owner of {resource} from {date} on. Only a current owner can let it: choose one of its owners as the landlord, or check the start date.</source>
        <translation>{name} 自 {date} 起并非 {resource} 的业主。只有现业主才能出租：请选择其业主之一作为出租人，或检查开始日期。</translation>
    </message>
    <message>
        <source>{resource} is already let from {start} to {end} (tenants: {tenants}). Leases of the same room or parking space cannot overlap: choose dates outside that term, or end that lease first.</source>
        <translation>{resource} 在 {start} 至 {end} 已出租（租户：{tenants}）。同一房间或车位的租约不能重叠：请选择该租期以外的日期，或先结束那份租约。</translation>
    </message>
    <message>
        <source>Add at least one tenant.</source>
        <translation>请至少添加一位租户。</translation>
    </message>
    <message>
        <source>Choose or enter every tenant.</source>
        <translation>请为每一行选择或录入租户。</translation>
    </message>
    <message>
        <source>A tenant is listed twice. List each tenant once.</source>
        <translation>有租户重复列出，每位租户只需列一次。</translation>
    </message>
    <message>
        <source>The landlord cannot also be a tenant of the same lease.</source>
        <translation>出租人不能同时是同一租约的租户。</translation>
    </message>
    <message>
        <source>{name} is already recorded as a tenant of {resource} over these dates. End that tenancy first, or choose other dates.</source>
        <translation>{name} 在这段时间内已登记为 {resource} 的租户。请先结束该租户身份，或选择其他日期。</translation>
    </message>
    <message>
        <source>This lease no longer exists. Refresh the view.</source>
        <translation>该租约已不存在，请刷新视图。</translation>
    </message>
    <message>
        <source>This lease was terminated on {date}, so it cannot be renewed. Start a new lease instead.</source>
        <translation>该租约已于 {date} 解约，无法续租。请改为新签租约。</translation>
    </message>
    <message>
        <source>This lease was already renewed: the next term runs from {start} to {end}. Renew that term instead.</source>
        <translation>该租约已续租：下一期为 {start} 至 {end}。如需再续，请对该期租约续租。</translation>
    </message>
    <message>
        <source>No tenant of this lease is still on it (their tenancies were ended). Start a new lease for the new tenants instead.</source>
        <translation>该租约已没有在租的租户（其租户身份均已结束）。请为新租户新签租约。</translation>
    </message>
    <message>
        <source>Enter the date the lease ends early.</source>
        <translation>请输入提前解约的日期。</translation>
    </message>
    <message>
        <source>This lease was already terminated on {date}.</source>
        <translation>该租约已于 {date} 解约。</translation>
    </message>
    <message>
        <source>The termination date {date} is before the lease starts ({start}). Choose a day within the term; to cancel a lease that has not started, terminate it on its start date.</source>
        <translation>解约日期 {date} 早于租约开始日期（{start}）。请选择租期内的日期；如要取消尚未开始的租约，请以其开始日期解约。</translation>
    </message>
    <message>
        <source>The lease ends on {end} anyway; a termination date must be before that day. Choose an earlier date, or let the lease run out.</source>
        <translation>租约本就于 {end} 到期；解约日期必须早于该日。请选择更早的日期，或让租约自然到期。</translation>
    </message>
    <message>
        <source>The termination date {date} is in the future. Terminate the lease once the date has come; a lease that has not started is cancelled by terminating it on its start date.</source>
        <translation>解约日期 {date} 尚未到来。请到期后再办理解约；尚未开始的租约可以其开始日期解约来取消。</translation>
    </message>
    <message>
        <source>This lease was renewed and the next term began on {start}. Terminate the current term instead.</source>
        <translation>该租约已续租，下一期已于 {start} 开始。请对当前这一期租约办理解约。</translation>
    </message>
    <message>
        <source>Choose one room or one parking space to transfer.</source>
        <translation>请选择一个要过户的房间或车位。</translation>
    </message>
    <message>
        <source>This room or parking space has no owners, so there is nothing to transfer. A first owner is registered by a sales registration.</source>
        <translation>该房间或车位没有业主，无法过户。首位业主应通过销售登记录入。</translation>
    </message>
    <message>
        <source>Choose the reason for the transfer: resale, inheritance, gift, court order or other.</source>
        <translation>请选择过户原因：二手买卖、继承、赠与、法院判决或其他。</translation>
    </message>
    <message>
        <source>The reason is “other”: describe it in the notes (e.g. the division of a company&apos;s assets).</source>
        <translation>过户原因为“其他”：请在备注中说明（例如公司资产分割）。</translation>
    </message>
    <message>
        <source>The certificate numbers are too long (at most 200 characters together). Keep only the numbers, without remarks.</source>
        <translation>产权证号过长（合计最多 200 个字符）。请只填写证号，不要附加说明。</translation>
    </message>
    <message>
        <source>Choose for each person and lease: end on the transfer date, or keep.</source>
        <translation>请为每个人和每份租约选择：于过户日结束，或保留。</translation>
    </message>
    <message>
        <source>The people and leases to review have changed since the transfer was opened. Refresh the view and review them again.</source>
        <translation>打开过户后，需要处理的人员和租约已发生变化。请刷新视图后重新核对。</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>紧急联系人</translation>
    </message>
    <message>
        <source>Add at least one new owner.</source>
        <translation>请至少添加一位新业主。</translation>
    </message>
    <message>
        <source>Choose or enter every new owner.</source>
        <translation>请为每一行选择或录入新业主。</translation>
    </message>
    <message>
        <source>A new owner is listed twice. List each one once.</source>
        <translation>有新业主重复列出，每位只需列一次。</translation>
    </message>
    <message>
        <source>Give every new owner a share (together 100%).</source>
        <translation>请填写每位新业主的产权份额（合计 100%）。</translation>
    </message>
    <message>
        <source>Enter the date of the transfer.</source>
        <translation>请输入过户日期。</translation>
    </message>
    <message>
        <source>The transfer date {date} is in the future. Register the transfer once it has taken place.</source>
        <translation>过户日期 {date} 尚未到来。请在过户完成后再登记。</translation>
    </message>
    <message>
        <source>The owners of this room or parking space changed after you opened the transfer. Nothing was saved; open the transfer again.</source>
        <translation>打开过户后，该房间或车位的业主已发生变化。未保存任何内容，请重新打开过户。</translation>
    </message>
    <message>
        <source>An ownership here already ends on {date}. End or transfer it in one step: correct that ownership first.</source>
        <translation>此处有一项产权已设定于 {date} 结束。结束和过户不能同时进行：请先更正该产权记录。</translation>
    </message>
    <message>
        <source>The transfer date {date} is before the current ownership began ({start}). Choose {start} or later.</source>
        <translation>过户日期 {date} 早于现有产权的开始日期（{start}）。请选择 {start} 或之后的日期。</translation>
    </message>
    <message>
        <source>The new owners and their shares are the same as now: there is nothing to transfer. To change only the shares, edit the owners&apos; shares.</source>
        <translation>新业主及其份额与现在完全相同，无需过户。如只需调整份额，请修改业主份额。</translation>
    </message>
    <message>
        <source>Decide for {names}: end on the transfer date, or keep. Everyone whose identity here depends on the old owners is reviewed in the transfer.</source>
        <translation>请为 {names} 选择：于过户日结束，或保留。过户时须逐一处理依附于原业主的所有身份。</translation>
    </message>
    <message>
        <source>Decide for the lease of {names}: terminate it on the transfer date, or keep it (the new owner becomes the landlord).</source>
        <translation>请为 {names} 的租约选择：于过户日解约，或保留（由新业主作为出租人）。</translation>
    </message>
    <message>
        <source>{name} is {role} here only from {start}, after the transfer date, so that cannot end on the transfer date. Keep it, or end it separately.</source>
        <translation>{name} 自 {start} 起才是此处的{role}，晚于过户日期，因此不能于过户日结束。请选择保留，或另行结束。</translation>
    </message>
    <message>
        <source>The file has {count} problems in {rows} rows, so nothing was imported. Fix them (save the problems copy to see each one beside its row) or import only the valid rows.</source>
        <translation>文件的 {rows} 行中有 {count} 个问题，因此没有导入任何数据。请改正（另存问题副本可在每行旁看到问题），或只导入正确的行。</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>导入已取消，没有修改任何数据。</translation>
    </message>
    <message>
        <source>There is no project “{value}”{region}. Check the spelling, or create the project in the program first: the import does not create projects.</source>
        <translation>没有项目“{value}”{region}。请检查名称，或先在程序中建好项目：导入不会新建项目。</translation>
    </message>
    <message>
        <source>Several regions have a project called “{value}”. Add the region column (区域) or write the project&apos;s code instead.</source>
        <translation>多个区域都有名为“{value}”的项目。请加上“区域”列，或改填项目编号。</translation>
    </message>
    <message>
        <source>Building {code} is named “{first}” in row {row} and “{value}” here. Give each building one name.</source>
        <translation>楼栋 {code} 在第 {row} 行名为“{first}”，这里却是“{value}”。每个楼栋只用一个名称。</translation>
    </message>
    <message>
        <source>The room {code} appears more than once in the file (rows {rows}). Keep one row per room.</source>
        <translation>房间 {code} 在文件中出现了多次（第 {rows} 行）。每个房间只保留一行。</translation>
    </message>
    <message>
        <source>The room {code} already exists in building {other}, not {value}. An import does not move rooms: correct the building or the room code.</source>
        <translation>房间 {code} 已存在于楼栋 {other}，而不是 {value}。导入不会移动房间：请改正楼栋或房间编码。</translation>
    </message>
    <message>
        <source>{value} does not look like an import template: no row among the first ones names the columns of rooms, customers or parking spaces. Start from a template (it has the column names in its first row).</source>
        <translation>{value} 看起来不是导入模板：前几行中没有一行写着房间、客户或车位的列名。请从模板开始填写（模板第一行就是列名）。</translation>
    </message>
    <message>
        <source>This row and row {first} are the same customer ({name}) but differ in {columns}. Make the rows agree, or leave the cell blank here.</source>
        <translation>本行与第 {first} 行是同一客户（{name}），但{columns}不同。请使两行一致，或将本行的该单元格留空。</translation>
    </message>
    <message>
        <source>{name} has no document number and no phone, so a new customer is created every time this file is imported. Add the document number or a phone.</source>
        <translation>{name} 没有证件号码也没有电话，每次导入本文件都会新建一个客户。请补上证件号码或电话。</translation>
    </message>
    <message>
        <source>{name} is already on record with other values in {columns}; the stored values are kept. If the file is right, change them in the customer&apos;s form.</source>
        <translation>{name} 已有记录，但{columns}与文件不同；保留已登记的值。如果文件是对的，请在客户资料中修改。</translation>
    </message>
    <message>
        <source>“{column}” is filled in but the room is not. Add the project and room code, or clear the cell.</source>
        <translation>填写了“{column}”，但没有填写房间。请补上项目和房间编码，或清空该单元格。</translation>
    </message>
    <message>
        <source>An identity needs the project, the room code and the role; “{column}” is empty. Fill it in, or clear the other two to import the customer only.</source>
        <translation>登记身份需要项目、房间编码和身份三项；“{column}”为空。请补上，或清空另外两项，只导入客户。</translation>
    </message>
    <message>
        <source>There is no room {value} in {project}. Check the code (as 3-2-1501), or import the rooms first.</source>
        <translation>{project} 中没有房间 {value}。请检查编码（如 3-2-1501），或先导入房间。</translation>
    </message>
    <message>
        <source>Only owners have a share; the share of {role} was ignored.</source>
        <translation>只有业主才有产权份额；{role}的份额已忽略。</translation>
    </message>
    <message>
        <source>A family member needs whose family they are: type the document number or name of the room&apos;s owner or tenant in “{column}”.</source>
        <translation>家庭成员需要注明所属：请在“{column}”中填写该房间业主或租户的证件号码或姓名。</translation>
    </message>
    <message>
        <source>Only family members have a relation and whose family; ignored for {role}.</source>
        <translation>只有家庭成员才有关系和所属业主；{role}的这两项已忽略。</translation>
    </message>
    <message>
        <source>Row {first} already gives {name} this role on {room}. Keep one row per customer, room and role.</source>
        <translation>第 {first} 行已给 {name} 登记了 {room} 的这一身份。同一客户、房间和身份只保留一行。</translation>
    </message>
    <message>
        <source>{name} is already {role} of {room} since {since}. To record a new period, end the current one first; to keep it, clear the start date or write {since}.</source>
        <translation>{name} 自 {since} 起已是 {room} 的{role}。要登记新的期间，请先结束当前身份；要保留它，请清空开始日期或填写 {since}。</translation>
    </message>
    <message>
        <source>The owners of {room} are imported together, and row {row} has errors. Fix that row first.</source>
        <translation>{room} 的业主须一起导入，而第 {row} 行有错误。请先改正该行。</translation>
    </message>
    <message>
        <source>{room} has {count} owners: give each one a share (together 100).</source>
        <translation>{room} 有 {count} 位业主：请给每位填写产权份额（合计 100）。</translation>
    </message>
    <message>
        <source>The owners&apos; shares of {room} add up to {total}%: rows {rows} plus the owners on record ({recorded}); they must add up to 100%. Correct the shares; a change of the owners on record is a transfer, made in the program.</source>
        <translation>{room} 的业主份额合计为 {total}%：第 {rows} 行加上已登记的业主（{recorded}）；合计必须为 100%。请修改份额；更换已登记的业主属于过户，请在程序中办理。</translation>
    </message>
    <message>
        <source>The owners&apos; shares of {room} add up to {total}% (rows {rows}), but they must add up to 100%. Correct the shares in these rows.</source>
        <translation>{room} 的业主份额合计为 {total}%（第 {rows} 行），但合计必须为 100%。请修改这些行的份额。</translation>
    </message>
    <message>
        <source>{value} is neither an owner nor a tenant of {room}, on record or in this file. A family member belongs to an owner or tenant of the same room: check the document number or name.</source>
        <translation>{value} 既不是 {room} 已登记的业主或租户，也不在本文件中。家庭成员须属于同一房间的业主或租户：请检查证件号码或姓名。</translation>
    </message>
    <message>
        <source>There is no car park “{value}” in {project}. Check the name, or create the car park in the program first: the import does not create car parks.</source>
        <translation>{project} 中没有停车场“{value}”。请检查名称，或先在程序中建好停车场：导入不会新建停车场。</translation>
    </message>
    <message>
        <source>The space {value} is also in row {first} with a different {column}. Make the rows agree, or leave the cell blank here.</source>
        <translation>车位 {value} 在第 {first} 行也出现了，但{column}不同。请使两行一致，或将本行的该单元格留空。</translation>
    </message>
    <message>
        <source>“{column}” is filled in but the plate is empty. Type the vehicle&apos;s plate, or clear the vehicle&apos;s cells.</source>
        <translation>填写了“{column}”，但车牌号为空。请填写车牌，或清空车辆相关单元格。</translation>
    </message>
    <message>
        <source>The plate {plate} is also in row {first}. A vehicle is registered once: keep one row per plate.</source>
        <translation>车牌 {plate} 在第 {first} 行也出现了。一辆车只登记一次：每个车牌只保留一行。</translation>
    </message>
    <message>
        <source>The vehicle {plate} needs its owner: type the owner&apos;s document number in “{column}”.</source>
        <translation>车辆 {plate} 需要车主：请在“{column}”中填写车主的证件号码。</translation>
    </message>
    <message>
        <source>No customer has the document {value}. Check the number, or import the customers first: a vehicle is registered to a customer on record.</source>
        <translation>没有客户持有证件 {value}。请检查号码，或先导入客户：车辆须登记在已有客户名下。</translation>
    </message>
    <message>
        <source>Several customers have the document number {value} (with different document types). Register this vehicle in the customer&apos;s form.</source>
        <translation>有多位客户的证件号码都是 {value}（证件类型不同）。请在客户资料中登记这辆车。</translation>
    </message>
    <message>
        <source>The document {document} belongs to {name}, not {value}. Check the owner&apos;s name and document number.</source>
        <translation>证件 {document} 属于 {name}，不是 {value}。请核对车主姓名和证件号码。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>{value} is not a whole number. Enter a whole number.</source>
        <translation>{value} 不是整数。请填写整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number. Enter a whole number.</source>
        <translation>“{value}”不是整数。请填写整数。</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Enter it as 2023-05-01, 2023/5/1 or 2023年5月1日, or format the cell as a date.</source>
        <translation>“{value}”不是日期。请写成 2023-05-01、2023/5/1 或 2023年5月1日，或把单元格设为日期格式。</translation>
    </message>
    <message>
        <source>{value} is not a day of the calendar. Check the month and day.</source>
        <translation>{value} 不是有效的日期。请检查月份和日。</translation>
    </message>
    <message>
        <source>The ID number {value} was stored as a number and lost its last digits. Format the column as text (设置单元格格式 → 文本) and type the number again.</source>
        <translation>证件号码 {value} 被存成了数字，已丢失最后几位。请把该列设为文本格式（设置单元格格式 → 文本），再重新输入号码。</translation>
    </message>
    <message>
        <source>The phone number {value} was stored as a number and lost its last digits. Format the column as text and type the number again.</source>
        <translation>电话号码 {value} 被存成了数字，已丢失最后几位。请把该列设为文本格式，再重新输入号码。</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {label}. Use one of: {allowed}.</source>
        <translation>“{value}”不是有效的{label}。请填写以下之一：{allowed}。</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as an Excel workbook ({detail}). Save it from Excel as .xlsx and try again.</source>
        <translation>文件 {file} 无法作为 Excel 工作簿读取（{detail}）。请在 Excel 中另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <source>No header row was found: none of the first {rows} rows names the columns ({expected}). Put the column names in one row above the data, or start from the template.</source>
        <translation>找不到列名行：前 {rows} 行中没有一行写有列名（{expected}）。请在数据上方用一行写好列名，或从模板开始填写。</translation>
    </message>
    <message>
        <source>The required column “{column}” ({english}) is missing. Add a column with this name to the header row (row {row}), or copy the data into the template.</source>
        <translation>缺少必填列“{column}”（{english}）。请在列名行（第 {row} 行）加上这一列，或把数据复制到模板中。</translation>
    </message>
    <message>
        <source>The column “{column}” is not one this import knows; it was ignored. Rename it if it should be read (see the template&apos;s notes sheet).</source>
        <translation>列“{column}”不是本导入认识的列，已忽略。如需读取，请按模板“说明”页改名。</translation>
    </message>
    <message>
        <source>This row is the template&apos;s example, so it was left out. Delete it from the sheet.</source>
        <translation>这一行是模板的示例行，已跳过。请从表中删除它。</translation>
    </message>
    <message>
        <source>“{column}” is empty. Every row needs it: fill it in.</source>
        <translation>“{column}”为空。每一行都必须填写，请补上。</translation>
    </message>
    <message>
        <source>A customer to print no longer exists. Refresh the view and print again.</source>
        <translation>要打印的客户已不存在。请刷新视图后重新打印。</translation>
    </message>
    <message>
        <source>The building or project to print no longer exists. Refresh the view and choose it again.</source>
        <translation>要打印的楼栋或项目已不存在。请刷新视图后重新选择。</translation>
    </message>
    <message>
        <source>Nobody holds a room or parking space here today, so there is no customer card to print. Choose another building or project.</source>
        <translation>目前这里没有任何客户持有房间或车位，因此没有可打印的客户卡片。请选择其他楼栋或项目。</translation>
    </message>
    <message>
        <source>The number of days ahead must be a whole number from 1 to 3660; {value} is not. Most offices look 30 or 60 days ahead.</source>
        <translation>提前天数须为 1 至 3660 的整数，{value} 不符合。一般查看未来 30 或 60 天。</translation>
    </message>
    <message>
        <source>The project to print no longer exists. Refresh the view and choose it again.</source>
        <translation>要打印的项目已不存在。请刷新视图后重新选择。</translation>
    </message>
    <message>
        <source>List the appointments of the next 0 to 366 days; {value} is not in that range.</source>
        <translation>预约列表的天数须在 0 至 366 天之间，{value} 超出范围。</translation>
    </message>
    <message>
        <source>The room no longer exists. Refresh the view and choose it again.</source>
        <translation>该房间已不存在。请刷新视图后重新选择。</translation>
    </message>
    <message>
        <source>Room {code} has not been handed over yet, so there is no handover sheet to print. Record the handover first.</source>
        <translation>房间 {code} 尚未收楼，没有可打印的收楼确认单。请先登记收楼。</translation>
    </message>
    <message>
        <source>The handover of room {code} is only scheduled for {date}. Print the handover sheet once the handover has been recorded.</source>
        <translation>房间 {code} 的收楼仅预约在 {date}。请在登记收楼后再打印收楼确认单。</translation>
    </message>
    <message>
        <source>Enter both the first and the last day of the period to list the transfers of.</source>
        <translation>请输入要列出过户记录的起止日期。</translation>
    </message>
    <message>
        <source>The period starts on {start}, after its last day {end}. Swap the two dates.</source>
        <translation>开始日期 {start} 晚于结束日期 {end}。请对调两个日期。</translation>
    </message>
</context>
<context>
    <name>ExportCustomersDialog</name>
    <message>
        <source>Export customers to Excel</source>
        <translation>导出客户到 Excel</translation>
    </message>
    <message>
        <source>One row per customer: number, name, type, ID, phones, email, what they hold today (rooms and parking spaces with role and share), verification, consent, address.</source>
        <translation>每位客户一行：客户编号、姓名、类型、证件、电话、电子邮箱、当前身份（房间和车位，含身份与份额）、实名认证、个人信息授权和联系地址。</translation>
    </message>
    <message>
        <source>Customers holding a room or space of {what} today</source>
        <translation>目前在 {what} 有房间或车位的客户</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Export &amp;full ID and phone numbers</source>
        <translation>导出完整证件号和电话(&amp;F)</translation>
    </message>
    <message>
        <source>Personal information: each exported customer&apos;s record notes that their full numbers were exported, by whom, when and to which file.</source>
        <translation>个人信息：每位被导出客户的记录中都会登记完整号码已导出、导出人、时间和文件名。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Customers {what}</source>
        <translation>客户 {what}</translation>
    </message>
    <message>
        <source>Finding the customers…</source>
        <translation>正在查找客户…</translation>
    </message>
    <message>
        <source>Nobody holds a room or space of {what} today: nothing to export.</source>
        <translation>目前没有客户在 {what} 有房间或车位，没有可导出的内容。</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Exporting {count} rows to {file}…</source>
        <translation>正在导出 {count} 行到 {file}…</translation>
    </message>
    <message>
        <source>Could not write {file}: it is open in another program (Excel or WPS?) or the folder is read-only. Close the file there or choose another folder, then export again.</source>
        <translation>无法写入 {file}：该文件正被其他程序（Excel 或 WPS？）打开，或文件夹为只读。请在该程序中关闭文件或选择其他文件夹，然后重新导出。</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}. Choose another folder or file name and export again.</source>
        <translation>无法写入 {file}：{error}。请选择其他文件夹或文件名后重新导出。</translation>
    </message>
    <message>
        <source>{count} rows exported to {file}.</source>
        <translation>已导出 {count} 行到 {file}。</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>GenerateRoomsDialog</name>
    <message>
        <source>Generate rooms</source>
        <translation>生成房间</translation>
    </message>
    <message>
        <source>New rooms for building {name} (number {code}).</source>
        <translation>为楼栋 {name}（编号 {code}）生成新房间。</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>No current room or space</source>
        <translation>当前无房间或车位</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>等另外 {count} 处</translation>
    </message>
    <message>
        <source>Find a customer: name, pinyin, phone, ID tail, plate, room (Ctrl+F)</source>
        <translation>查找客户：姓名、拼音、电话、证件尾号、车牌、房号 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type any part of a name (one character is enough), pinyin or its initials (zs finds 张三), phone digits, the last digits of an ID number, a plate or a room code. Enter opens the first customer.</source>
        <translation>输入姓名的任意部分（一个字即可）、拼音或首字母（zs 可找到张三）、电话号码中的数字、证件号码尾号、车牌或房号。按回车打开第一位客户。</translation>
    </message>
    <message>
        <source>Type at least 3 digits to search phone numbers.</source>
        <translation>请至少输入 3 位数字以搜索电话号码。</translation>
    </message>
    <message>
        <source>No customer found for “{query}”.</source>
        <translation>没有找到与“{query}”匹配的客户。</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Kind of key</source>
        <translation>钥匙种类</translation>
    </message>
    <message>
        <source>Number of keys</source>
        <translation>钥匙数量</translation>
    </message>
    <message>
        <source>Remove this kind of key</source>
        <translation>删除此行钥匙</translation>
    </message>
    <message>
        <source>Item (balcony …)</source>
        <translation>项目（如阳台）</translation>
    </message>
    <message>
        <source>Name of the added item</source>
        <translation>新增验收项目名称</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>有缺陷</translation>
    </message>
    <message>
        <source>What and where</source>
        <translation>缺陷内容及位置</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>删除此项目</translation>
    </message>
    <message>
        <source>Added item</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <source>{item}: OK</source>
        <translation>{item}：合格</translation>
    </message>
    <message>
        <source>{item}: defect</source>
        <translation>{item}：有缺陷</translation>
    </message>
    <message>
        <source>{item}: defect found</source>
        <translation>{item}：缺陷描述</translation>
    </message>
    <message>
        <source>&amp;Schedule an appointment</source>
        <translation>预约收楼(&amp;S)</translation>
    </message>
    <message>
        <source>Complete the &amp;handover</source>
        <translation>办理收楼(&amp;H)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>预约日期</translation>
    </message>
    <message>
        <source>Appointment &amp;date:</source>
        <translation>预约日期(&amp;D):</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>收楼日期</translation>
    </message>
    <message>
        <source>Handed over &amp;on:</source>
        <translation>收楼日期(&amp;O):</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Handled &amp;by:</source>
        <translation>经办人(&amp;B):</translation>
    </message>
    <message>
        <source>Keys handed over</source>
        <translation>交付钥匙</translation>
    </message>
    <message>
        <source>Add &amp;key</source>
        <translation>添加钥匙(&amp;K)</translation>
    </message>
    <message>
        <source>Meter readings (leave blank if not read)</source>
        <translation>表计读数（未抄表的留空）</translation>
    </message>
    <message>
        <source>&amp;Water meter:</source>
        <translation>水表(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Electricity meter:</source>
        <translation>电表(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Gas meter:</source>
        <translation>燃气表(&amp;G):</translation>
    </message>
    <message>
        <source>{meter}: reading</source>
        <translation>{meter}读数</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未抄表</translation>
    </message>
    <message>
        <source>{meter}: unit</source>
        <translation>{meter}单位</translation>
    </message>
    <message>
        <source>Inspection: mark every item OK or Defect</source>
        <translation>验收：逐项标记“合格”或“有缺陷”</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加项目(&amp;A)</translation>
    </message>
    <message>
        <source>An item beyond the checklist (balcony, storeroom …)</source>
        <translation>验收清单以外的项目（阳台、储物间等）</translation>
    </message>
    <message>
        <source>Handover – {room}</source>
        <translation>收楼 – {room}</translation>
    </message>
    <message>
        <source>Handover of {room}</source>
        <translation>{room} 收楼</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Save appointment</source>
        <translation>保存预约</translation>
    </message>
    <message>
        <source>Complete handover</source>
        <translation>完成收楼</translation>
    </message>
    <message>
        <source>sale signed on {date}</source>
        <translation>销售合同签订于 {date}</translation>
    </message>
    <message>
        <source>Appointment on {date} (overdue).</source>
        <translation>已预约 {date} 收楼（已逾期）。</translation>
    </message>
    <message>
        <source>Appointment on {date}.</source>
        <translation>已预约 {date} 收楼。</translation>
    </message>
    <message>
        <source>No appointment yet.</source>
        <translation>尚未预约收楼。</translation>
    </message>
    <message>
        <source>{room} was handed over on {date} (handled by {name}); there is nothing left to schedule or record. Open defects are rectified one by one.</source>
        <translation>{room} 已于 {date} 收楼（经办人：{name}），无需再预约或登记。未整改的缺陷请逐项办理整改。</translation>
    </message>
    <message>
        <source>{room} has not been sold. A handover follows the sale: register the sale first.</source>
        <translation>{room} 尚未售出。收楼在销售之后进行：请先办理销售登记。</translation>
    </message>
    <message>
        <source>Record the keys handed over: at least one kind (front door key, access card …) and how many.</source>
        <translation>请登记交付的钥匙：至少一种（入户门钥匙、门禁卡等）及其数量。</translation>
    </message>
    <message>
        <source>Choose or type the kind of every line of keys, or remove the line.</source>
        <translation>请为每一行钥匙选择或填写种类，或删除该行。</translation>
    </message>
    <message>
        <source>Type the name of the added item, or remove it.</source>
        <translation>请填写新增项目的名称，或将其删除。</translation>
    </message>
    <message>
        <source>Check every item of the inspection: {names} not marked yet. Mark each item OK, or Defect with what was found.</source>
        <translation>请逐项验收：{names} 尚未标记。每一项请标记为“合格”，或标记为“有缺陷”并填写缺陷内容。</translation>
    </message>
    <message>
        <source>Describe the defect found at {name} (what and where), so that it can be put right.</source>
        <translation>请描述{name}发现的缺陷（内容及位置），以便安排整改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will change&lt;/b&gt;</source>
        <translation>&lt;b&gt;将发生的变更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The handover appointment of {room} stays on {date}</source>
        <translation>{room} 的收楼预约仍为 {date}</translation>
    </message>
    <message>
        <source>The handover appointment of {room} moves from {old} to {new}</source>
        <translation>{room} 的收楼预约由 {old} 改为 {new}</translation>
    </message>
    <message>
        <source>Handover appointment for {room} on {date}</source>
        <translation>预约 {room} 于 {date} 收楼</translation>
    </message>
    <message>
        <source>{room}: sold → handed over on {date}, handled by {name}</source>
        <translation>{room}：已售 → 已收楼（收楼日期 {date}，经办人 {name}）</translation>
    </message>
    <message>
        <source>Completes the appointment of {date}</source>
        <translation>完成 {date} 的收楼预约</translation>
    </message>
    <message>
        <source>Keys: {keys}</source>
        <translation>钥匙：{keys}</translation>
    </message>
    <message>
        <source>Meter readings: {readings}</source>
        <translation>表计读数：{readings}</translation>
    </message>
    <message>
        <source>Inspection: {ok} OK, {defects} with defects</source>
        <translation>验收：合格 {ok} 项，有缺陷 {defects} 项</translation>
    </message>
    <message>
        <source>Defects to rectify: {defects}</source>
        <translation>待整改缺陷：{defects}</translation>
    </message>
    <message>
        <source>Not checked yet: {names}</source>
        <translation>尚未验收：{names}</translation>
    </message>
</context>
<context>
    <name>IdentityDialogs</name>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>结束日期(&amp;E):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <source>New shares of the remaining owners</source>
        <translation>其余业主的新份额</translation>
    </message>
    <message>
        <source>Total of the shares</source>
        <translation>份额合计</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>车牌号码</translation>
    </message>
    <message>
        <source>e.g. 粤B12345</source>
        <translation>例如 粤B12345</translation>
    </message>
    <message>
        <source>&amp;Plate:</source>
        <translation>车牌(&amp;P):</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>品牌(&amp;B):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M):</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N):</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>e.g. 中国工商银行 深圳分行</source>
        <translation>例如 中国工商银行 深圳分行</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>开户银行(&amp;B):</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Account &amp;holder:</source>
        <translation>账户名(&amp;H):</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Account &amp;number:</source>
        <translation>账号(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Rooms this account pays for</source>
        <translation>此账户托收的房间(&amp;R)</translation>
    </message>
    <message>
        <source>Rooms this account pays for</source>
        <translation>此账户托收的房间</translation>
    </message>
    <message>
        <source>Room code to add</source>
        <translation>要添加的房间编码</translation>
    </message>
    <message>
        <source>Room code, e.g. 3-2-1501, then Enter</source>
        <translation>输入房间编码（例如 3-2-1501）后按 Enter 键</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <source>Rooms found</source>
        <translation>找到的房间</translation>
    </message>
    <message>
        <source>Find the other customer</source>
        <translation>查找另一位客户</translation>
    </message>
    <message>
        <source>Name, pinyin, phone, end of the document number, plate or room</source>
        <translation>姓名/名称、拼音、电话、证件号码后几位、车牌或房间</translation>
    </message>
    <message>
        <source>&amp;Find the other record:</source>
        <translation>查找另一条记录(&amp;F):</translation>
    </message>
    <message>
        <source>Customers found</source>
        <translation>找到的客户</translation>
    </message>
    <message>
        <source>What the merge does</source>
        <translation>合并说明</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Import buildings and rooms, customers with their rooms, or parking spaces and vehicles. Fill in a template (it explains each column), then choose the file: every row is checked first and nothing is written until you confirm.</source>
        <translation>导入楼栋和房间、客户及其房产、车位和车辆。请先填写模板（模板中说明了每一列），再选择文件：系统会先逐行检查，确认之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Get a &amp;template</source>
        <translation>获取模板(&amp;T)</translation>
    </message>
    <message>
        <source>Buildings and rooms</source>
        <translation>楼栋和房间</translation>
    </message>
    <message>
        <source>Customers with their rooms</source>
        <translation>客户及其房产</translation>
    </message>
    <message>
        <source>Parking spaces and vehicles</source>
        <translation>车位和车辆</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import only the &amp;valid rows (leave the others out)</source>
        <translation>只导入正确的行，跳过有问题的行(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Save problems copy…</source>
        <translation>保存问题副本(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Choose the Excel file</source>
        <translation>选择 Excel 文件</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Template {what}.xlsx</source>
        <translation>导入模板 {what}.xlsx</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Template saved: {path}</source>
        <translation>模板已保存：{path}</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <source>{what}: {create} new, {update} changed, {same} unchanged</source>
        <translation>{what}：新增 {create}，修改 {update}，不变 {same}</translation>
    </message>
    <message>
        <source>{rows} rows checked, no problems. {counts}</source>
        <translation>已检查 {rows} 行，没有问题。{counts}</translation>
    </message>
    <message>
        <source>{rows} rows checked: {errors} problems in {bad} rows. Fix them in the file (Save problems copy shows each beside its row) and choose it again, or import only the {valid} valid rows. {counts}</source>
        <translation>已检查 {rows} 行：{bad} 行中共有 {errors} 个问题。请在文件中改正后重新选择（“保存问题副本”会把每个问题写在对应行旁边），或只导入 {valid} 行正确的数据。{counts}</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>identities</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>parking spaces</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source> (problems)</source>
        <translation>（问题）</translation>
    </message>
    <message>
        <source>Save the problems copy</source>
        <translation>保存问题副本</translation>
    </message>
    <message>
        <source>Problems copy saved: {path}</source>
        <translation>问题副本已保存：{path}</translation>
    </message>
    <message>
        <source>Importing… (a backup of the database is made first)</source>
        <translation>正在导入…（会先备份数据库）</translation>
    </message>
    <message>
        <source>{what}: {create} new, {update} changed</source>
        <translation>{what}：新增 {create}，修改 {update}</translation>
    </message>
    <message>
        <source>Imported. {written}</source>
        <translation>导入完成。{written}</translation>
    </message>
    <message>
        <source>{n} rows with problems were left out.</source>
        <translation>有 {n} 行因存在问题未导入。</translation>
    </message>
    <message>
        <source>Backup made first: {path}</source>
        <translation>导入前已备份：{path}</translation>
    </message>
</context>
<context>
    <name>LeaseDialog</name>
    <message>
        <source>{amount} 元 / month</source>
        <translation>{amount} 元/月</translation>
    </message>
    <message>
        <source>{amount} 元 / quarter</source>
        <translation>{amount} 元/季度</translation>
    </message>
    <message>
        <source>{amount} 元 / half-year</source>
        <translation>{amount} 元/半年</translation>
    </message>
    <message>
        <source>{amount} 元 / year</source>
        <translation>{amount} 元/年</translation>
    </message>
    <message>
        <source>{rent}, paid on day {day}</source>
        <translation>{rent}，{day} 日交租</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 个月</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Rent of one period</source>
        <translation>每期租金</translation>
    </message>
    <message>
        <source>&amp;Rent (yuan):</source>
        <translation>租金（元）(&amp;R):</translation>
    </message>
    <message>
        <source>Rent period</source>
        <translation>付租周期</translation>
    </message>
    <message>
        <source>Rent &amp;period:</source>
        <translation>付租周期(&amp;P):</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>押金</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Dep&amp;osit (yuan):</source>
        <translation>押金（元）(&amp;O):</translation>
    </message>
    <message>
        <source>Rent payment day of the month</source>
        <translation>每月交租日</translation>
    </message>
    <message>
        <source>The day of the month the rent is paid (1 to 28: a day every month has)</source>
        <translation>交租的日子（1 至 28 日：每个月都有的日子）</translation>
    </message>
    <message>
        <source>of the month</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Pa&amp;yment day:</source>
        <translation>交租日(&amp;Y):</translation>
    </message>
    <message>
        <source>What is let</source>
        <translation>出租的房间和车位</translation>
    </message>
    <message>
        <source>Rooms and parking spaces let</source>
        <translation>出租的房间和车位</translation>
    </message>
    <message>
        <source>Code of a room or parking space</source>
        <translation>房间或车位编码</translation>
    </message>
    <message>
        <source>e.g. B1-001, then Enter</source>
        <translation>如 B1-001，然后按回车</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Let with it (room or parking space &amp;code):</source>
        <translation>一并出租（房间或车位编码）(&amp;C):</translation>
    </message>
    <message>
        <source>Rooms and parking spaces found</source>
        <translation>找到的房间和车位</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>&amp;Find a tenant:</source>
        <translation>查找租户(&amp;F):</translation>
    </message>
    <message>
        <source>Find a tenant</source>
        <translation>查找租户</translation>
    </message>
    <message>
        <source>Remo&amp;ve tenant</source>
        <translation>移除租户(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租人</translation>
    </message>
    <message>
        <source>&amp;Landlord:</source>
        <translation>出租人(&amp;L):</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>起租日期</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>起租日期(&amp;S):</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>The day the tenants hand the keys back (not a day of the term)</source>
        <translation>租户交还钥匙的日子（不再属于租期）</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>到期日期(&amp;E):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Start a lease – {what}</source>
        <translation>出租登记 – {what}</translation>
    </message>
    <message>
        <source>Let {what}</source>
        <translation>出租 {what}</translation>
    </message>
    <message>
        <source>Start lease</source>
        <translation>登记出租</translation>
    </message>
    <message>
        <source>{what}   owner: {owners}</source>
        <translation>{what}   业主：{owners}</translation>
    </message>
    <message>
        <source>{what} is already on this lease.</source>
        <translation>{what} 已在本租约中。</translation>
    </message>
    <message>
        <source>Several match; double-click or press Enter on one:</source>
        <translation>有多个符合，请双击其中一个，或选中后按 Enter 键：</translation>
    </message>
    <message>
        <source>No room or parking space has the code “{code}”.</source>
        <translation>没有编码为“{code}”的房间或车位。</translation>
    </message>
    <message>
        <source>{what} has no current owner, so nobody can let it. Register its sale (or its owners) first.</source>
        <translation>{what} 目前没有业主，无人可以出租。请先登记其销售（或业主）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will change&lt;/b&gt;</source>
        <translation>&lt;b&gt;将发生的变更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{what}: let until {end}, already past; its status stays</source>
        <translation>{what}：租期至 {end}，已经过去；状态不变</translation>
    </message>
    <message>
        <source>{what} → rented</source>
        <translation>{what} → 已出租</translation>
    </message>
    <message>
        <source>{what}: upcoming from {start}, rented from that day</source>
        <translation>{what}：{start} 起租（尚未开始），自当日起显示为已出租</translation>
    </message>
    <message>
        <source>Tenants from {start} to {end}: {names}</source>
        <translation>租户（{start} 至 {end}）：{names}</translation>
    </message>
    <message>
        <source>Landlord: {name}</source>
        <translation>出租人：{name}</translation>
    </message>
    <message>
        <source>The end date must be after the start date {start}.</source>
        <translation>到期日期必须晚于起租日期 {start}。</translation>
    </message>
    <message>
        <source>Rent: {rent}</source>
        <translation>租金：{rent}</translation>
    </message>
    <message>
        <source>; deposit {amount} 元</source>
        <translation>；押金 {amount} 元</translation>
    </message>
    <message>
        <source>The landlord cannot also be a tenant: remove them from the tenants.</source>
        <translation>出租人不能同时是租户：请将其从租户中移除。</translation>
    </message>
    <message>
        <source>{what} belongs to {owners}, not to the landlord: only its owner can let it. Remove it, or let it on a lease of its own.</source>
        <translation>{what} 属于 {owners}，不属于出租人：只有其业主可以出租。请将其移除，或为其单独登记租约。</translation>
    </message>
    <message>
        <source>{what} has no current owner, so it cannot be let.</source>
        <translation>{what} 目前没有业主，不能出租。</translation>
    </message>
    <message>
        <source>{what} is already let from {start} to {end} (tenants: {names}): choose dates outside that term.</source>
        <translation>{what} 已在 {start} 至 {end} 出租（租户：{names}）：请选择该租期以外的日期。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lets&lt;/b&gt; {what}</source>
        <translation>&lt;b&gt;出租&lt;/b&gt; {what}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tenants&lt;/b&gt; {names}   &lt;b&gt;Landlord&lt;/b&gt; {landlord}</source>
        <translation>&lt;b&gt;租户&lt;/b&gt; {names}   &lt;b&gt;出租人&lt;/b&gt; {landlord}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Term&lt;/b&gt; {start} to {end} ({length}), {state}</source>
        <translation>&lt;b&gt;租期&lt;/b&gt; {start} 至 {end}（{length}），{state}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rent&lt;/b&gt; {rent}; deposit {deposit} 元</source>
        <translation>&lt;b&gt;租金&lt;/b&gt; {rent}；押金 {deposit} 元</translation>
    </message>
    <message>
        <source>&lt;b&gt;Terminated&lt;/b&gt; on {date}: {reason}</source>
        <translation>&lt;b&gt;已提前终止&lt;/b&gt;（{date}）：{reason}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Property CRM</source>
        <translation>物业客户管理</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>资源树</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录列表</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a record under the selected one</source>
        <translation>在所选记录下新建一条记录</translation>
    </message>
    <message>
        <source>New &amp;region…</source>
        <translation>新建区域(&amp;R)…</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>新建项目(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;building…</source>
        <translation>新建楼栋(&amp;B)…</translation>
    </message>
    <message>
        <source>New r&amp;oom…</source>
        <translation>新建房间(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;car park…</source>
        <translation>新建停车场(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Generate rooms…</source>
        <translation>生成房间(&amp;G)…</translation>
    </message>
    <message>
        <source>Create the rooms of a building by units, floors and rooms per floor</source>
        <translation>按单元、楼层和每层房间数批量生成楼栋的房间</translation>
    </message>
    <message>
        <source>Add parking &amp;spaces…</source>
        <translation>添加车位(&amp;S)…</translation>
    </message>
    <message>
        <source>Add a numbered range of parking spaces to a car park</source>
        <translation>按编号范围向停车场批量添加车位</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>编辑所选记录</translation>
    </message>
    <message>
        <source>Split the selected room into several rooms</source>
        <translation>将所选房间拆分为多个房间</translation>
    </message>
    <message>
        <source>&amp;Merge rooms…</source>
        <translation>合并房间(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the rooms selected in the table into one room</source>
        <translation>将表格中所选的房间合并为一个房间</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the data again (other PCs may have changed it)</source>
        <translation>重新读取数据（其他电脑可能已修改了数据）</translation>
    </message>
    <message>
        <source>E&amp;xpand</source>
        <translation>展开(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Collapse all</source>
        <translation>全部折叠(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows, to paste into Excel or a message</source>
        <translation>复制选中的行，可粘贴到 Excel 或消息中</translation>
    </message>
    <message>
        <source>E&amp;xport table to Excel…</source>
        <translation>导出表格到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the table as it is shown (order, columns) as an .xlsx workbook</source>
        <translation>按当前显示（排序、列）将表格保存为 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>Export c&amp;ustomers to Excel…</source>
        <translation>导出客户到 Excel(&amp;U)…</translation>
    </message>
    <message>
        <source>The customers of the selected building or project, or all, with what they hold today</source>
        <translation>所选楼栋或项目的客户（或全部客户）及其当前身份</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>Put the cursor in the search box</source>
        <translation>将光标移到搜索框</translation>
    </message>
    <message>
        <source>New c&amp;ustomer…</source>
        <translation>新建客户(&amp;U)…</translation>
    </message>
    <message>
        <source>Register a person or company (and their room)</source>
        <translation>登记个人或企业客户（及其房间）</translation>
    </message>
    <message>
        <source>Add customer to this r&amp;oom…</source>
        <translation>将客户加入此房间(&amp;O)…</translation>
    </message>
    <message>
        <source>A new owner, tenant, family member or resident for the selected room</source>
        <translation>为所选房间添加业主、租户、家属或住户</translation>
    </message>
    <message>
        <source>Register a &amp;sale…</source>
        <translation>销售登记(&amp;S)…</translation>
    </message>
    <message>
        <source>Sell the selected unsold room or parking space to its buyers</source>
        <translation>将选中的未售房间或车位登记售予买受人</translation>
    </message>
    <message>
        <source>&amp;Handover…</source>
        <translation>收楼(&amp;H)…</translation>
    </message>
    <message>
        <source>Schedule or record the handover of the selected sold room</source>
        <translation>为选中的已售房间预约或办理收楼</translation>
    </message>
    <message>
        <source>&amp;Transfer ownership…</source>
        <translation>转让过户(&amp;T)…</translation>
    </message>
    <message>
        <source>Pass the selected room or parking space from its owners to new ones</source>
        <translation>将所选房间或车位从现业主转给新业主</translation>
    </message>
    <message>
        <source>&amp;Let to a tenant…</source>
        <translation>出租(&amp;L)…</translation>
    </message>
    <message>
        <source>Start a lease of the selected room or parking space</source>
        <translation>为所选房间或车位登记租约</translation>
    </message>
    <message>
        <source>&amp;Due list</source>
        <translation>待办事项(&amp;D)</translation>
    </message>
    <message>
        <source>What needs attention: leases ending, handovers, defects, data gaps</source>
        <translation>需要处理的事项：即将到期的租约、收楼、缺陷、资料缺失</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Buildings and rooms, customers, parking spaces from a spreadsheet</source>
        <translation>从电子表格导入楼栋和房间、客户、车位</translation>
    </message>
    <message>
        <source>Customer &amp;cards…</source>
        <translation>客户卡片(&amp;C)…</translation>
    </message>
    <message>
        <source>Room &amp;ledger…</source>
        <translation>资产台账(&amp;L)…</translation>
    </message>
    <message>
        <source>Print the rooms of the selected building or project</source>
        <translation>打印所选楼栋或项目的房间台账</translation>
    </message>
    <message>
        <source>&amp;Occupancy summary…</source>
        <translation>房屋状态汇总(&amp;O)…</translation>
    </message>
    <message>
        <source>Rooms and spaces by status and use, of the selected project or all</source>
        <translation>所选项目（或全部项目）的房间和车位按状态、用途汇总</translation>
    </message>
    <message>
        <source>&amp;Handover progress…</source>
        <translation>收楼进度(&amp;H)…</translation>
    </message>
    <message>
        <source>Handed over, scheduled and overdue rooms; open defects</source>
        <translation>已收楼、已预约和逾期的房间，以及未整改缺陷</translation>
    </message>
    <message>
        <source>Lease ex&amp;piry…</source>
        <translation>租约到期(&amp;P)…</translation>
    </message>
    <message>
        <source>Leases ending within N days, of the selected project or all</source>
        <translation>所选项目（或全部项目）在 N 天内到期的租约</translation>
    </message>
    <message>
        <source>&amp;Transfer register…</source>
        <translation>过户登记簿(&amp;T)…</translation>
    </message>
    <message>
        <source>Transfers of ownership in a period</source>
        <translation>一段时间内的产权过户</translation>
    </message>
    <message>
        <source>Handover &amp;sheet…</source>
        <translation>收楼确认单(&amp;S)…</translation>
    </message>
    <message>
        <source>The selected room&apos;s handover sheet, for the owner to sign</source>
        <translation>所选房间的收楼确认单，供业主签字</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>用户：{name}</translation>
    </message>
    <message>
        <source>Regions: {count}</source>
        <translation>区域：{count}</translation>
    </message>
    <message>
        <source>Projects: {count}</source>
        <translation>项目：{count}</translation>
    </message>
    <message>
        <source>Buildings: {count}</source>
        <translation>楼栋：{count}</translation>
    </message>
    <message>
        <source>Rooms: {count}</source>
        <translation>房间：{count}</translation>
    </message>
    <message>
        <source>Parking spaces: {count}</source>
        <translation>车位：{count}</translation>
    </message>
    <message>
        <source>Sp&amp;lit room…</source>
        <translation>拆分房间(&amp;L)…</translation>
    </message>
    <message>
        <source>Print the cards of the selected room&apos;s, building&apos;s or project&apos;s customers</source>
        <translation>打印所选房间、楼栋或项目的客户卡片</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>当前登录用户</translation>
    </message>
    <message>
        <source>Rows in the table</source>
        <translation>表格行数</translation>
    </message>
    <message>
        <source>Export still running</source>
        <translation>导出仍在进行</translation>
    </message>
    <message>
        <source>An export to Excel is still being written:
{files}

Stop it and close the program? The unfinished file is deleted; export again later.</source>
        <translation>仍在写入 Excel 导出文件：
{files}

停止导出并关闭程序吗？未完成的文件会被删除，之后请重新导出。</translation>
    </message>
    <message>
        <source>Copied {count} rows.</source>
        <translation>已复制 {count} 行。</translation>
    </message>
    <message>
        <source> ({count} selected)</source>
        <translation>（已选 {count} 个）</translation>
    </message>
    <message>
        <source>This database is still empty. Begin with Data › New region… (Ctrl+N), then add its projects, buildings and car parks.

To look around first, start the program with the demo data: crm-desktop --demo</source>
        <translation>数据库中还没有任何数据。请先通过“数据 › 新建区域…”（Ctrl+N）添加区域，再添加其下的项目、楼栋和停车场。

如需先熟悉程序，可使用演示数据启动：crm-desktop --demo</translation>
    </message>
    <message>
        <source>Updated with changes saved on another PC.</source>
        <translation>已更新为其他电脑保存的最新数据。</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>{what} has no customers today: there is no card to print.</source>
        <translation>{what} 目前没有客户，没有可打印的卡片。</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>About Property CRM</source>
        <translation>关于物业客户管理</translation>
    </message>
    <message>
        <source>Property CRM {version}

Customers and property base data for the front desk of a property-management office.</source>
        <translation>物业客户管理 {version}

供物业管理处前台使用的客户与房产基础数据管理程序。</translation>
    </message>
</context>
<context>
    <name>MergeCustomerDialog</name>
    <message>
        <source>Merge another record into {name}</source>
        <translation>将其他记录合并到 {name}</translation>
    </message>
    <message>
        <source>Use this when the same person or company was entered twice. Everything of the other record (identities, phones, vehicles, bank accounts) moves to {name} (no. {id}); the other record is kept only as a trace of the merge.</source>
        <translation>同一个人或企业被重复登记时使用。另一条记录的全部内容（身份、电话、车辆、银行账户）将转移到 {name}（编号 {id}）；另一条记录仅作为合并记录保留。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>no. {id}</source>
        <translation>编号 {id}</translation>
    </message>
    <message>
        <source>No other customer matches.</source>
        <translation>没有相符的其他客户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{merged}&lt;/b&gt; ({who}) will be merged into &lt;b&gt;{survivor}&lt;/b&gt; (no. {id}).</source>
        <translation>&lt;b&gt;{merged}&lt;/b&gt;（{who}）将合并到 &lt;b&gt;{survivor}&lt;/b&gt;（编号 {id}）。</translation>
    </message>
    <message>
        <source>Moves to {survivor}: {identities} identities ({current} current{places}), {vehicles} vehicles, {accounts} bank accounts, and the phone numbers {survivor} does not have yet.</source>
        <translation>将转移到 {survivor}：身份 {identities} 个（当前有效 {current} 个{places}）、车辆 {vehicles} 辆、银行账户 {accounts} 个，以及 {survivor} 尚未登记的电话号码。</translation>
    </message>
    <message>
        <source>{merged}&apos;s record is kept, marked as merged, and no longer appears in searches. A merge cannot be undone.</source>
        <translation>{merged} 的记录将保留并标记为已合并，此后不再出现在搜索结果中。合并后无法撤销。</translation>
    </message>
    <message>
        <source>Type and choose the record to merge into this one.</source>
        <translation>请输入并选择要合并到本记录的记录。</translation>
    </message>
</context>
<context>
    <name>MergeRoomsDialog</name>
    <message>
        <source>Merge rooms</source>
        <translation>合并房间</translation>
    </message>
    <message>
        <source>Merge rooms {codes}</source>
        <translation>合并房间 {codes}</translation>
    </message>
    <message>
        <source>The rooms merged have {total} m² gross floor area; the new room may not have more.</source>
        <translation>被合并房间的建筑面积合计 {total} m²，新房间的建筑面积不能超过此值。</translation>
    </message>
    <message>
        <source>Rooms to merge:</source>
        <translation>要合并的房间:</translation>
    </message>
    <message>
        <source>Rooms to merge</source>
        <translation>要合并的房间</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>房间编码</translation>
    </message>
    <message>
        <source>Gross floor area (m²)</source>
        <translation>建筑面积(m²)</translation>
    </message>
    <message>
        <source>Inner area (m²)</source>
        <translation>套内面积(m²)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>New room &amp;number:</source>
        <translation>新房号(&amp;N):</translation>
    </message>
    <message>
        <source>New room number</source>
        <translation>新房号</translation>
    </message>
    <message>
        <source>&amp;Gross floor area (m²):</source>
        <translation>建筑面积(m²)(&amp;G):</translation>
    </message>
    <message>
        <source>Gross floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>&amp;Inner area (m²):</source>
        <translation>套内面积(m²)(&amp;I):</translation>
    </message>
    <message>
        <source>Inner area</source>
        <translation>套内面积</translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation>用途(&amp;E):</translation>
    </message>
    <message>
        <source>Total of the rooms merged</source>
        <translation>被合并房间的合计面积</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>ParkingSpaceDialog</name>
    <message>
        <source>Parking space</source>
        <translation>车位</translation>
    </message>
    <message>
        <source>Space &amp;number:</source>
        <translation>车位编号(&amp;N):</translation>
    </message>
    <message>
        <source>Space number</source>
        <translation>车位编号</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>面积(m²)(&amp;A):</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>例如 12.50</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>New parking space</source>
        <translation>新建车位</translation>
    </message>
    <message>
        <source>Edit parking space</source>
        <translation>编辑车位</translation>
    </message>
</context>
<context>
    <name>PhoneRow</name>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Kind of phone</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <source>Primary phone</source>
        <translation>首选电话</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>删除此电话</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A):</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
</context>
<context>
    <name>RectifyDefectDialog</name>
    <message>
        <source>Rectification date</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Rectified &amp;on:</source>
        <translation>整改日期(&amp;O):</translation>
    </message>
    <message>
        <source>Rectified by</source>
        <translation>整改人</translation>
    </message>
    <message>
        <source>The staff member or contractor who did the work</source>
        <translation>完成整改的工作人员或施工单位</translation>
    </message>
    <message>
        <source>Rectified &amp;by:</source>
        <translation>整改人(&amp;B):</translation>
    </message>
    <message>
        <source>Rectify a defect – {item}</source>
        <translation>缺陷整改 – {item}</translation>
    </message>
    <message>
        <source>Room {room}</source>
        <translation>房间：{room}</translation>
    </message>
    <message>
        <source>Found at the handover on {date}</source>
        <translation>于 {date} 收楼验收时发现</translation>
    </message>
    <message>
        <source>Mark rectified</source>
        <translation>确认已整改</translation>
    </message>
</context>
<context>
    <name>RegionDialog</name>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>编码(&amp;C):</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>New region</source>
        <translation>新建区域</translation>
    </message>
    <message>
        <source>Edit region</source>
        <translation>编辑区域</translation>
    </message>
</context>
<context>
    <name>RenewLeaseDialog</name>
    <message>
        <source>Current term</source>
        <translation>当前租期</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>新的到期日期</translation>
    </message>
    <message>
        <source>The day the tenants hand the keys back at the end of the new term</source>
        <translation>新租期结束时租户交还钥匙的日子</translation>
    </message>
    <message>
        <source>New &amp;end date:</source>
        <translation>新的到期日期(&amp;E):</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>出租人</translation>
    </message>
    <message>
        <source>&amp;Landlord:</source>
        <translation>出租人(&amp;L):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T):</translation>
    </message>
    <message>
        <source>Renew lease</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Renew lease – {what}</source>
        <translation>续租 – {what}</translation>
    </message>
    <message>
        <source>This lease was terminated on {date}, so it cannot be renewed. Start a new lease instead.</source>
        <translation>该租约已于 {date} 终止，不能续租。请改为登记新的租约。</translation>
    </message>
    <message>
        <source>This lease was already renewed: the next term runs from {start} to {end}. Renew that term instead.</source>
        <translation>该租约已续租：下一租期为 {start} 至 {end}。请对该租期续租。</translation>
    </message>
    <message>
        <source>{what} has no current owner, so nobody can renew its lease.</source>
        <translation>{what} 目前没有业主，无人可以续租。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will change&lt;/b&gt;</source>
        <translation>&lt;b&gt;将发生的变更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New term from {start} to {end} ({length}), renewing this lease</source>
        <translation>新租期 {start} 至 {end}（{length}），接续本租约</translation>
    </message>
    <message>
        <source>Tenants stay tenants until {end}: {names}</source>
        <translation>租户继续租住至 {end}：{names}</translation>
    </message>
    <message>
        <source>{what} → rented again</source>
        <translation>{what} → 重新出租</translation>
    </message>
    <message>
        <source>{what} stay rented</source>
        <translation>{what} 保持已出租</translation>
    </message>
    <message>
        <source>Landlord: {old} → {new}</source>
        <translation>出租人：{old} → {new}</translation>
    </message>
    <message>
        <source>Rent unchanged: {rent}</source>
        <translation>租金不变：{rent}</translation>
    </message>
    <message>
        <source>Rent: {old} → {new}</source>
        <translation>租金：{old} → {new}</translation>
    </message>
    <message>
        <source>Deposit: {old} 元 → {new} 元</source>
        <translation>押金：{old} 元 → {new} 元</translation>
    </message>
    <message>
        <source>The new end date must be after {start}, when the new term starts.</source>
        <translation>新的到期日期必须晚于新租期开始的 {start}。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Customer cards – {what}</source>
        <translation>客户卡片 – {what}</translation>
    </message>
    <message>
        <source>Room ledger – {what}</source>
        <translation>资产台账 – {what}</translation>
    </message>
    <message>
        <source>Print &amp;full ID and phone numbers</source>
        <translation>打印完整证件号和电话(&amp;F)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Leases ending &amp;within:</source>
        <translation>到期天数(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open in PDF viewer</source>
        <translation>用 PDF 阅读器打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open the PDF in this PC&apos;s own PDF viewer</source>
        <translation>用本机的 PDF 阅读器打开此 PDF</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit w&amp;idth</source>
        <translation>适合宽度(&amp;I)</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>整页(&amp;H)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Occupancy summary – {what}</source>
        <translation>房屋状态汇总 – {what}</translation>
    </message>
    <message>
        <source>Handover progress – {what}</source>
        <translation>收楼进度 – {what}</translation>
    </message>
    <message>
        <source>Handover sheet – {what}</source>
        <translation>收楼确认单 – {what}</translation>
    </message>
    <message>
        <source>Lease expiry – {what}</source>
        <translation>租约到期 – {what}</translation>
    </message>
    <message>
        <source>Transfer register – {what}</source>
        <translation>过户登记簿 – {what}</translation>
    </message>
    <message>
        <source>Rooms and parking spaces of {what} by status and use, with a bar chart.</source>
        <translation>{what}的房间和车位按状态、用途汇总，附柱状图。</translation>
    </message>
    <message>
        <source>Sold rooms of {what} handed over, scheduled, overdue or not scheduled; the appointments and the open defects.</source>
        <translation>{what}已售房间的收楼情况（已收楼、已预约、逾期、未预约），以及预约和未整改缺陷。</translation>
    </message>
    <message>
        <source>The handover sheet of {what}: keys, meter readings, the checklist with its defects and signature lines, for the owner to sign.</source>
        <translation>{what}的收楼确认单：钥匙、表读数、验房清单及缺陷、签字栏，供业主签字。</translation>
    </message>
    <message>
        <source>The leases of {what} ending within the days below.</source>
        <translation>{what}在下面天数内到期的租约。</translation>
    </message>
    <message>
        <source>The transfers of ownership of {what} in the period below.</source>
        <translation>{what}在下面期间内的产权过户。</translation>
    </message>
    <message>
        <source>Every room of {what} with its use, area, status, owners, tenant and handover date, on A4 landscape.</source>
        <translation>{what}的全部房间及其用途、面积、状态、业主、租户和收楼日期（A4 横向）。</translation>
    </message>
    <message>
        <source>The customer card of {what}: details, identities, family and residents, vehicles, accounts and signature lines. ID and phone numbers are masked unless you tick the box below.</source>
        <translation>{what}的客户卡片：基本信息、身份、家庭成员和住户、车辆、账户及签字栏。除非勾选下方选项，证件号和电话均以掩码显示。</translation>
    </message>
    <message>
        <source>The cards of every customer of {what}, one per page in room order. ID and phone numbers are masked unless you tick the box below.</source>
        <translation>{what}全部客户的客户卡片，按房号顺序每位客户一页。除非勾选下方选项，证件号和电话均以掩码显示。</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Personal information: each customer&apos;s record notes that their full numbers were printed, by whom and when (as soon as the preview shows them).</source>
        <translation>个人信息：预览一旦显示完整号码，即在每位客户的记录中登记完整号码已打印、打印人和时间。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print with the system print dialog (Ctrl+P)</source>
        <translation>通过系统打印对话框打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Pages: {pages}</source>
        <translation>共 {pages} 页</translation>
    </message>
    <message>
        <source>The report is empty.</source>
        <translation>报表没有内容。</translation>
    </message>
    <message>
        <source>This installation has no PDF preview (Qt&apos;s PDF module is missing). Print, save or open the PDF with the buttons above.</source>
        <translation>本安装缺少 Qt 的 PDF 模块，无法预览。请用上方按钮打印、保存或打开 PDF。</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>按宽度</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>按整页</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>Print {what}</source>
        <translation>打印 {what}</translation>
    </message>
    <message>
        <source>{printed} of {pages} pages sent to the printer</source>
        <translation>已将 {printed} 页（共 {pages} 页）发送到打印机</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s PDF module; open the PDF instead.</source>
        <translation>打印需要 Qt 的 PDF 模块，请改为打开 PDF 后打印。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}. Choose another folder, or close the file if another program has it open.</source>
        <translation>无法将 PDF 保存到 {path}：{reason}。请选择其他文件夹；如果其他程序打开了该文件，请先关闭它。</translation>
    </message>
    <message>
        <source>{pages} pages written to {path}</source>
        <translation>已生成 {pages} 页：{path}</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResourcePeopleView</name>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Show the people on this day</source>
        <translation>显示截至该日的人员</translation>
    </message>
    <message>
        <source>Show who owned, rented or lived here on this day</source>
        <translation>显示该日在此拥有产权、租住或居住的人员</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Add customer to this room…</source>
        <translation>将客户加入此房间…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>结束…</translation>
    </message>
    <message>
        <source>End the selected person&apos;s identity here</source>
        <translation>结束所选人员在此处的身份</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>People of this room</source>
        <translation>本房间的相关人员</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Registered to</source>
        <translation>所属客户</translation>
    </message>
    <message>
        <source>Vehicles of the owners, tenants and residents</source>
        <translation>业主、租户和住户的车辆</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>结束原因</translation>
    </message>
    <message>
        <source>Everyone who owned, rented or lived here</source>
        <translation>所有曾在此拥有产权、租住或居住的人员</translation>
    </message>
    <message>
        <source>Add customer to this parking space…</source>
        <translation>将客户加入此车位…</translation>
    </message>
    <message>
        <source>People of this parking space</source>
        <translation>本车位的相关人员</translation>
    </message>
    <message>
        <source>Owners: {owners}</source>
        <translation>业主：{owners}</translation>
    </message>
    <message>
        <source>No owner recorded</source>
        <translation>未登记业主</translation>
    </message>
    <message>
        <source>Owners on {day}: {owners}</source>
        <translation>{day} 的业主：{owners}</translation>
    </message>
    <message>
        <source>No owner on {day}</source>
        <translation>{day} 无登记业主</translation>
    </message>
    <message>
        <source>Showing who was here on {day}.</source>
        <translation>当前显示的是 {day} 当天的人员情况。</translation>
    </message>
    <message>
        <source>Vehicles ({count})</source>
        <translation>车辆（{count}）</translation>
    </message>
</context>
<context>
    <name>ResourceRecordsView</name>
    <message>
        <source>Register a sale…</source>
        <translation>销售登记…</translation>
    </message>
    <message>
        <source>Handover…</source>
        <translation>收楼…</translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation>转让过户…</translation>
    </message>
    <message>
        <source>Let…</source>
        <translation>出租…</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>续租…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>提前终止…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>租期</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Rent</source>
        <translation>租金</translation>
    </message>
    <message>
        <source>Leases of this room</source>
        <translation>本房间的租约</translation>
    </message>
    <message>
        <source>Open defects</source>
        <translation>未整改缺陷</translation>
    </message>
    <message>
        <source>Rectify…</source>
        <translation>整改…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Defect</source>
        <translation>缺陷</translation>
    </message>
    <message>
        <source>Handover defects not rectified yet</source>
        <translation>收楼时发现、尚未整改的缺陷</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>业务经过</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>What happened to this room, oldest first</source>
        <translation>本房间的业务经过（按时间先后）</translation>
    </message>
    <message>
        <source>Leases of this parking space</source>
        <translation>本车位的租约</translation>
    </message>
    <message>
        <source>{rent} / {period}</source>
        <translation>{rent} / {period}</translation>
    </message>
    <message>
        <source>{tenants}; also let: {others}</source>
        <translation>{tenants}；同租约还有：{others}</translation>
    </message>
    <message>
        <source>{state}, renewed</source>
        <translation>{state}，已续租</translation>
    </message>
    <message>
        <source>Leases ({count})</source>
        <translation>租约（{count}）</translation>
    </message>
    <message>
        <source>Open defects ({count})</source>
        <translation>未整改缺陷（{count}）</translation>
    </message>
    <message>
        <source>No sale, handover, lease or transfer recorded yet.</source>
        <translation>尚无销售、收楼、租赁或过户记录。</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Contract {contract}: {buyers}; {price} yuan</source>
        <translation>合同 {contract}：{buyers}；{price} 元</translation>
    </message>
    <message>
        <source>Handover appointment (overdue)</source>
        <translation>收楼预约（已逾期）</translation>
    </message>
    <message>
        <source>Handover appointment</source>
        <translation>收楼预约</translation>
    </message>
    <message>
        <source>By {by}; {keys} keys; meters {readings}</source>
        <translation>经办人 {by}；钥匙 {keys} 把；表读数 {readings}</translation>
    </message>
    <message>
        <source>; defects: {count}, still open: {open}</source>
        <translation>；缺陷 {count} 项，未整改 {open} 项</translation>
    </message>
    <message>
        <source>; no defects</source>
        <translation>；无缺陷</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>收楼</translation>
    </message>
    <message>
        <source>Defect rectified</source>
        <translation>缺陷整改</translation>
    </message>
    <message>
        <source>{item}: {defect} (by {by})</source>
        <translation>{item}：{defect}（{by}）</translation>
    </message>
    <message>
        <source>{tenants} until {end}, {rent} / {period}; {resources}</source>
        <translation>{tenants}，至 {end}，{rent} / {period}；{resources}</translation>
    </message>
    <message>
        <source>Let</source>
        <translation>出租</translation>
    </message>
    <message>
        <source>Lease renewed</source>
        <translation>续租</translation>
    </message>
    <message>
        <source>Lease terminated</source>
        <translation>租约终止</translation>
    </message>
    <message>
        <source>{tenants}: {reason}</source>
        <translation>{tenants}：{reason}</translation>
    </message>
    <message>
        <source>Lease ends</source>
        <translation>租约到期</translation>
    </message>
    <message>
        <source>Lease ended</source>
        <translation>租约已到期</translation>
    </message>
    <message>
        <source>{old} → {new} ({reason})</source>
        <translation>{old} → {new}（{reason}）</translation>
    </message>
    <message>
        <source>; certificate {numbers}</source>
        <translation>；产权证号 {numbers}</translation>
    </message>
    <message>
        <source>; ended: {names}</source>
        <translation>；已结束：{names}</translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation>转让过户</translation>
    </message>
    <message>
        <source>Only an unsold room or parking space can be sold.</source>
        <translation>只有未售的房间或车位才能销售。</translation>
    </message>
    <message>
        <source>Sell it first: an unsold one has no owner.</source>
        <translation>请先登记销售：未售的房产没有业主。</translation>
    </message>
    <message>
        <source>Sell it first: only an owner can let it.</source>
        <translation>请先登记销售：只有业主才能出租。</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>New room</source>
        <translation>新建房间</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>编辑房间</translation>
    </message>
    <message>
        <source>Automatic: {code}</source>
        <translation>自动：{code}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单元(&amp;U):</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Leave empty if the building has no units</source>
        <translation>楼栋不分单元时留空</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>楼层(&amp;F):</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>楼层</translation>
    </message>
    <message>
        <source>Basement floors are negative: -1 is the first basement floor.</source>
        <translation>地下楼层用负数表示：-1 即地下一层。</translation>
    </message>
    <message>
        <source>Room &amp;number:</source>
        <translation>房号(&amp;N):</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Room &amp;code:</source>
        <translation>房间编码(&amp;C):</translation>
    </message>
    <message>
        <source>Room code</source>
        <translation>房间编码</translation>
    </message>
    <message>
        <source>Leave empty to use building-unit-number, e.g. 3-2-1501.</source>
        <translation>留空则按“楼栋-单元-房号”自动生成，例如 3-2-1501。</translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation>用途(&amp;E):</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>&amp;Gross floor area (m²):</source>
        <translation>建筑面积(m²)(&amp;G):</translation>
    </message>
    <message>
        <source>Gross floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <source>e.g. 89.50</source>
        <translation>例如 89.50</translation>
    </message>
    <message>
        <source>&amp;Inner area (m²):</source>
        <translation>套内面积(m²)(&amp;I):</translation>
    </message>
    <message>
        <source>Inner area</source>
        <translation>套内面积</translation>
    </message>
    <message>
        <source>e.g. 72.10</source>
        <translation>例如 72.10</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>RoomGenerationForm</name>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>How many units (2 gives units 1 and 2), or their names separated by commas (1,2 or A,B). Leave empty for a building without units.</source>
        <translation>填写单元数量（填 2 即为 1 单元和 2 单元），或以逗号分隔的单元名称（如 1,2 或 A,B）。楼栋不分单元时留空。</translation>
    </message>
    <message>
        <source>A count, or a list such as 1,2</source>
        <translation>数量，或列表如 1,2</translation>
    </message>
    <message>
        <source>&amp;First floor:</source>
        <translation>起始楼层(&amp;F):</translation>
    </message>
    <message>
        <source>First floor</source>
        <translation>起始楼层</translation>
    </message>
    <message>
        <source>Uni&amp;ts:</source>
        <translation>单元数(&amp;T):</translation>
    </message>
    <message>
        <source>La&amp;st floor:</source>
        <translation>结束楼层(&amp;S):</translation>
    </message>
    <message>
        <source>Last floor</source>
        <translation>结束楼层</translation>
    </message>
    <message>
        <source>S&amp;kip floors:</source>
        <translation>跳过楼层(&amp;K):</translation>
    </message>
    <message>
        <source>Skip floors</source>
        <translation>跳过楼层</translation>
    </message>
    <message>
        <source>e.g. 4, 13, 14</source>
        <translation>例如 4, 13, 14</translation>
    </message>
    <message>
        <source>&amp;Rooms per floor:</source>
        <translation>每层房间数(&amp;R):</translation>
    </message>
    <message>
        <source>Rooms per floor</source>
        <translation>每层房间数</translation>
    </message>
    <message>
        <source>Numbering &amp;pattern:</source>
        <translation>编号规则(&amp;P):</translation>
    </message>
    <message>
        <source>Numbering pattern</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>{floor} is the floor, {room} the position on the floor; {room:02d} pads it to two digits, so floor 15, room 1 becomes 1501.</source>
        <translation>{floor} 表示楼层，{room} 表示房间在该层的序号；{room:02d} 将序号补足为两位数，因此 15 层第 1 间编为 1501。</translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation>用途(&amp;E):</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Areas of the rooms on each floor (by pos&amp;ition):</source>
        <translation>每层各房间的面积（按序号）(&amp;I):</translation>
    </message>
    <message>
        <source>Areas per room position</source>
        <translation>各序号房间的面积</translation>
    </message>
    <message>
        <source>Gross floor area (m²)</source>
        <translation>建筑面积(m²)</translation>
    </message>
    <message>
        <source>Inner area (m²)</source>
        <translation>套内面积(m²)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>RoomGenerationWidget</name>
    <message>
        <source>Room {n}</source>
        <translation>第 {n} 间</translation>
    </message>
    <message>
        <source>1 room: {first}</source>
        <translation>共 1 个房间：{first}</translation>
    </message>
    <message>
        <source>{count} rooms: {first} … {last}</source>
        <translation>共 {count} 个房间：{first} … {last}</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签约日期</translation>
    </message>
    <message>
        <source>Price (yuan)</source>
        <translation>成交价（元）</translation>
    </message>
    <message>
        <source>Contracted area (m²)</source>
        <translation>合同面积（m²）</translation>
    </message>
    <message>
        <source>&amp;Contract number:</source>
        <translation>合同编号(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>签约日期(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Price (yuan):</source>
        <translation>成交价（元）(&amp;P):</translation>
    </message>
    <message>
        <source>Contracted &amp;area (m²):</source>
        <translation>合同面积（m²）(&amp;A):</translation>
    </message>
    <message>
        <source>Buyers and their shares (together 100%)</source>
        <translation>买受人及其份额（合计 100%）</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买受人</translation>
    </message>
    <message>
        <source>&amp;Remove buyer</source>
        <translation>移除买受人(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>Find a buyer</source>
        <translation>查找买受人</translation>
    </message>
    <message>
        <source>&amp;Find a buyer:</source>
        <translation>查找买受人(&amp;F):</translation>
    </message>
    <message>
        <source>Register a sale – {what}</source>
        <translation>销售登记 – {what}</translation>
    </message>
    <message>
        <source>Sell {what}</source>
        <translation>出售 {what}</translation>
    </message>
    <message>
        <source>Register sale</source>
        <translation>确认登记</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will change&lt;/b&gt;</source>
        <translation>&lt;b&gt;将发生的变更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{what}: unsold → sold</source>
        <translation>{what}：未售 → 已售</translation>
    </message>
    <message>
        <source>Owners from {day}: {owners}</source>
        <translation>自 {day} 起的业主：{owners}</translation>
    </message>
    <message>
        <source>Sale record, contract {number}</source>
        <translation>销售记录，合同编号 {number}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>车牌</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>数据库位置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Browse for a database file</source>
        <translation>浏览数据库文件</translation>
    </message>
    <message>
        <source>A database file on this PC or on a shared folder (for example \\server\share\crm.sqlite), or a database server URL such as postgresql+psycopg://user@server/crm. Leave empty for the default file.</source>
        <translation>本机或共享文件夹中的数据库文件（例如 \\server\share\crm.sqlite），或数据库服务器地址，例如 postgresql+psycopg://user@server/crm。留空则使用默认文件。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Leases due this many days before they end</source>
        <translation>租约到期前多少天列入待办</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A lease appears in the due list this many days before it ends.</source>
        <translation>租约在到期前这么多天起列入待办事项。</translation>
    </message>
    <message>
        <source>Open handover defects due after this many days</source>
        <translation>收楼缺陷未整改超过多少天列入待办</translation>
    </message>
    <message>
        <source>A handover defect not yet rectified appears in the due list when it was found more than this many days ago.</source>
        <translation>收楼时发现的缺陷超过这么多天仍未整改，就列入待办事项。</translation>
    </message>
    <message>
        <source>Office name on printouts</source>
        <translation>打印件上的物业服务中心名称</translation>
    </message>
    <message>
        <source>e.g. 翠湖花园物业服务中心</source>
        <translation>例如：翠湖花园物业服务中心</translation>
    </message>
    <message>
        <source>Printed at the top of customer cards and reports. Empty: the project&apos;s name.</source>
        <translation>印在客户卡片和报表的页眉上。留空时使用项目名称。</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言:</translation>
    </message>
    <message>
        <source>Due list: &amp;leases ending within:</source>
        <translation>待办：租约到期前(&amp;L):</translation>
    </message>
    <message>
        <source>Due list: open &amp;defects older than:</source>
        <translation>待办：缺陷未整改超过(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Office name on printouts:</source>
        <translation>打印件上的服务中心名称(&amp;O)：</translation>
    </message>
    <message>
        <source>Choose or create a database file</source>
        <translation>选择或新建数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.sqlite3)</source>
        <translation>SQLite 数据库 (*.sqlite *.db *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The settings could not be saved: {error}</source>
        <translation>无法保存设置：{error}</translation>
    </message>
    <message>
        <source>The new database is used the next time the program starts.</source>
        <translation>新的数据库将在下次启动程序时使用。</translation>
    </message>
</context>
<context>
    <name>SpaceRangeDialog</name>
    <message>
        <source>Generate parking spaces</source>
        <translation>批量生成车位</translation>
    </message>
    <message>
        <source>New parking spaces in {name}.</source>
        <translation>为{name}生成新车位。</translation>
    </message>
    <message>
        <source>1 space: {first}</source>
        <translation>共 1 个车位：{first}</translation>
    </message>
    <message>
        <source>{count} spaces: {first} … {last}</source>
        <translation>共 {count} 个车位：{first} … {last}</translation>
    </message>
    <message>
        <source>Car park</source>
        <translation>停车场</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>前缀(&amp;P):</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>e.g. B1-</source>
        <translation>例如 B1-</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>起始编号(&amp;F):</translation>
    </message>
    <message>
        <source>First number</source>
        <translation>起始编号</translation>
    </message>
    <message>
        <source>&amp;Last number:</source>
        <translation>结束编号(&amp;L):</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>结束编号</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>位数(&amp;D):</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Numbers are padded with zeros to this many digits: 3 gives 001, 002 …</source>
        <translation>编号不足此位数时在前面补零：填 3 则为 001、002 …</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Area (m²):</source>
        <translation>面积(m²)(&amp;A):</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>例如 12.50</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>SplitRoomDialog</name>
    <message>
        <source>Split room</source>
        <translation>拆分房间</translation>
    </message>
    <message>
        <source>{gross} m² gross floor area, {inner} m² inner area</source>
        <translation>建筑面积 {gross} m²，套内面积 {inner} m²</translation>
    </message>
    <message>
        <source>{gross} m² gross floor area</source>
        <translation>建筑面积 {gross} m²</translation>
    </message>
    <message>
        <source>Split room {code}</source>
        <translation>拆分房间 {code}</translation>
    </message>
    <message>
        <source>Parts: {parts} of {total} m² (inner area: {inner} of {inner_total} m²)</source>
        <translation>拆分项合计：{parts} / {total} m²（套内面积：{inner} / {inner_total} m²）</translation>
    </message>
    <message>
        <source>Parts: {parts} of {total} m²</source>
        <translation>拆分项合计：{parts} / {total} m²</translation>
    </message>
    <message>
        <source>{sum} The parts are larger than the room.</source>
        <translation>{sum} 拆分项面积超过了原房间。</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>房间:</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房间</translation>
    </message>
    <message>
        <source>Areas:</source>
        <translation>面积:</translation>
    </message>
    <message>
        <source>Areas of the room</source>
        <translation>房间面积</translation>
    </message>
    <message>
        <source>&amp;New rooms:</source>
        <translation>新房间(&amp;N):</translation>
    </message>
    <message>
        <source>New rooms</source>
        <translation>新房间</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Gross floor area (m²)</source>
        <translation>建筑面积(m²)</translation>
    </message>
    <message>
        <source>Inner area (m²)</source>
        <translation>套内面积(m²)</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>添加拆分项</translation>
    </message>
    <message>
        <source>&amp;Add part</source>
        <translation>添加拆分项(&amp;A)</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>删除拆分项</translation>
    </message>
    <message>
        <source>&amp;Remove part</source>
        <translation>删除拆分项(&amp;R)</translation>
    </message>
    <message>
        <source>Sum of the parts</source>
        <translation>拆分项合计</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
</context>
<context>
    <name>TerminateLeaseDialog</name>
    <message>
        <source>The lease</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>Termination date</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>The day the tenants hand the keys back: their tenancy ends that day</source>
        <translation>租户交还钥匙的日子：其租户身份于当日结束</translation>
    </message>
    <message>
        <source>Ends &amp;on:</source>
        <translation>终止日期(&amp;O):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Choose or type why the lease ends early</source>
        <translation>选择或输入提前终止的原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R):</translation>
    </message>
    <message>
        <source>Terminate lease</source>
        <translation>提前终止租约</translation>
    </message>
    <message>
        <source>Terminate lease – {what}</source>
        <translation>提前终止租约 – {what}</translation>
    </message>
    <message>
        <source>This lease was already terminated on {date}.</source>
        <translation>该租约已于 {date} 终止。</translation>
    </message>
    <message>
        <source>This lease was renewed and the next term began on {start}. Terminate the current term instead.</source>
        <translation>该租约已续租，下一租期已于 {start} 开始。请改为终止当前租期。</translation>
    </message>
    <message>
        <source>This lease has not started yet (it would start on {start}): it will be cancelled. The tenants never become tenants and nothing is let.</source>
        <translation>该租约尚未开始（原定 {start} 起租）：将被取消。相关人员不会成为租户，房间和车位也不会出租。</translation>
    </message>
    <message>
        <source>This lease already ran out on {end}. Terminate it only to record that the tenants left earlier, on a day within the term.</source>
        <translation>该租约已于 {end} 到期。仅在需要记录租户提前搬离时才终止，日期须在租期之内。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will change&lt;/b&gt;</source>
        <translation>&lt;b&gt;将发生的变更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The lease is cancelled (it never starts)</source>
        <translation>租约取消（不会开始）</translation>
    </message>
    <message>
        <source>{names} do not become tenants of {what}</source>
        <translation>{names} 不会成为 {what} 的租户</translation>
    </message>
    <message>
        <source>{what} keep their status</source>
        <translation>{what} 状态不变</translation>
    </message>
    <message>
        <source>The lease ends on {date} instead of {end}</source>
        <translation>租约于 {date} 结束（原定 {end}）</translation>
    </message>
    <message>
        <source>{names} stop being tenants of {what} on {date}</source>
        <translation>{names} 自 {date} 起不再是 {what} 的租户</translation>
    </message>
    <message>
        <source>{what}: rented → back to the status before the lease</source>
        <translation>{what}：已出租 → 恢复出租前的状态</translation>
    </message>
    <message>
        <source>The renewal from {start} to {end} is cancelled too</source>
        <translation>{start} 至 {end} 的续租一并取消</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Current owners</source>
        <translation>现业主</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>份额（%）</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>New owners and their shares (together 100%)</source>
        <translation>新业主及其份额（合计 100%）</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>新业主</translation>
    </message>
    <message>
        <source>&amp;Find a new owner:</source>
        <translation>查找新业主(&amp;F):</translation>
    </message>
    <message>
        <source>Find a new owner</source>
        <translation>查找新业主</translation>
    </message>
    <message>
        <source>&amp;Remove new owner</source>
        <translation>移除新业主(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>A current owner who keeps a part is listed here too, with the new share.</source>
        <translation>原业主如保留部分产权，也列在此处，并填写新的份额。</translation>
    </message>
    <message>
        <source>Transfer date</source>
        <translation>过户日期</translation>
    </message>
    <message>
        <source>Transfer &amp;date:</source>
        <translation>过户日期(&amp;D):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>过户原因</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>过户原因(&amp;S):</translation>
    </message>
    <message>
        <source>Certificate numbers (产权证号)</source>
        <translation>产权证号</translation>
    </message>
    <message>
        <source>Several: separate them by ; or a new line. May stay empty.</source>
        <translation>多个证号请用分号或换行分隔；可留空。</translation>
    </message>
    <message>
        <source>&amp;Certificate numbers:</source>
        <translation>产权证号(&amp;C):</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;People and leases to review</source>
        <translation>需处理的人员和租约(&amp;P)</translation>
    </message>
    <message>
        <source>People and leases to review</source>
        <translation>需处理的人员和租约</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Identity or lease</source>
        <translation>身份或租约</translation>
    </message>
    <message>
        <source>Since / term</source>
        <translation>起始日期 / 租期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Pre-set to the usual choice. A choice you change stays when the date or the new owners change.</source>
        <translation>已按常规预设。您手动更改的选择，在修改过户日期或新业主后仍会保留。</translation>
    </message>
    <message>
        <source>Transfer of ownership – {what}</source>
        <translation>转让过户 – {what}</translation>
    </message>
    <message>
        <source>Transfer {what}</source>
        <translation>过户 {what}</translation>
    </message>
    <message>
        <source>Register transfer</source>
        <translation>确认过户</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>From {date} (when the current ownership began) up to today.</source>
        <translation>可选 {date}（现有产权开始之日）至今天。</translation>
    </message>
    <message>
        <source>The owners of {what} changed after this window was opened (by another clerk?). Close it and open the transfer again.</source>
        <translation>打开此窗口后，{what} 的业主已发生变化（可能是其他同事所改）。请关闭窗口，重新打开过户。</translation>
    </message>
    <message>
        <source>Nobody to review: no family members, residents, emergency contacts, tenants or leases hang on the current owners.</source>
        <translation>无需处理：没有依附于现业主的家庭成员、住户、紧急联系人、租户或租约。</translation>
    </message>
    <message>
        <source>Terminate on the transfer date</source>
        <translation>于过户日解约</translation>
    </message>
    <message>
        <source>Keep (the new owner becomes landlord)</source>
        <translation>保留（由新业主作为出租人）</translation>
    </message>
    <message>
        <source>since {start}</source>
        <translation>自 {start} 起</translation>
    </message>
    <message>
        <source>{who}: decision</source>
        <translation>{who}：处理方式</translation>
    </message>
    <message>
        <source>Your choice; suggested: {choice}</source>
        <translation>您的选择；建议：{choice}</translation>
    </message>
    <message>
        <source>Suggested: {choice}</source>
        <translation>建议：{choice}</translation>
    </message>
    <message>
        <source>Family member of {name} ({relation})</source>
        <translation>{name}的家庭成员（{relation}）</translation>
    </message>
    <message>
        <source>Family member of {name}</source>
        <translation>{name}的家庭成员</translation>
    </message>
    <message>
        <source>Tenant without a lease</source>
        <translation>租户（无租约）</translation>
    </message>
    <message>
        <source>{role} of {name}</source>
        <translation>{name}的{role}</translation>
    </message>
    <message>
        <source>Lease, landlord {name}</source>
        <translation>租约，出租人 {name}</translation>
    </message>
    <message>
        <source>not begun yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>also {what}</source>
        <translation>另含 {what}</translation>
    </message>
    <message>
        <source>its renewal follows</source>
        <translation>续租随之处理</translation>
    </message>
    <message>
        <source>Cancel the lease (it has not begun)</source>
        <translation>取消租约（尚未开始）</translation>
    </message>
    <message>
        <source>Keep ({name} stays landlord)</source>
        <translation>保留（{name} 仍为出租人）</translation>
    </message>
    <message>
        <source>N&amp;otes (required):</source>
        <translation>备注（必填）(&amp;O):</translation>
    </message>
    <message>
        <source>Required for the reason “other”: what kind of transfer this is</source>
        <translation>原因为“其他”时必填：说明过户的性质</translation>
    </message>
    <message>
        <source>&lt;b&gt;What will change&lt;/b&gt;</source>
        <translation>&lt;b&gt;将发生的变更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{what}: {old} → {new} from {date}</source>
        <translation>{what}：{old} → {new}，自 {date} 起</translation>
    </message>
    <message>
        <source>{who}: ends on {date}</source>
        <translation>{who}：于 {date} 结束</translation>
    </message>
    <message>
        <source>{who}: stays</source>
        <translation>{who}：保留</translation>
    </message>
    <message>
        <source>Lease of {tenants}: cancelled (it has not begun)</source>
        <translation>{tenants} 的租约：取消（尚未开始）</translation>
    </message>
    <message>
        <source>Lease of {tenants}: terminated on {date}</source>
        <translation>{tenants} 的租约：于 {date} 解约</translation>
    </message>
    <message>
        <source>Lease of {tenants}: kept, {name} stays landlord</source>
        <translation>{tenants} 的租约：保留，{name} 仍为出租人</translation>
    </message>
    <message>
        <source>Lease of {tenants}: kept, landlord {old} → {new}</source>
        <translation>{tenants} 的租约：保留，出租人 {old} → {new}</translation>
    </message>
    <message>
        <source>the new owner with the largest share</source>
        <translation>份额最大的新业主</translation>
    </message>
    <message>
        <source>Transfer record: {reason}, certificate numbers too long</source>
        <translation>过户记录：{reason}，产权证号过长</translation>
    </message>
    <message>
        <source>Transfer record: {reason}, certificates {numbers}</source>
        <translation>过户记录：{reason}，产权证号 {numbers}</translation>
    </message>
    <message>
        <source>Transfer record: {reason}, no certificate numbers</source>
        <translation>过户记录：{reason}，无产权证号</translation>
    </message>
    <message>
        <source>The reason “other” needs a note that explains it.</source>
        <translation>原因为“其他”时，须在备注中说明。</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <source>Add vehicle</source>
        <translation>添加车辆</translation>
    </message>
    <message>
        <source>Edit vehicle {plate}</source>
        <translation>编辑车辆 {plate}</translation>
    </message>
</context>
<context>
    <name>_SlicedReader</name>
    <message>
        <source>The table changed while it was being read. Export it again.</source>
        <translation>读取表格期间表格内容发生了变化，请重新导出。</translation>
    </message>
</context>
</TS>
