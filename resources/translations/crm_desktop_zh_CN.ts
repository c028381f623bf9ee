<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
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
        <source>Someone else changed this record after you opened it, so your save was refused to avoid overwriting their change. Your entries are still in the form: note them, reopen the record and apply them again.</source>
        <translation>在您打开此记录后，其他人修改了该记录。为避免覆盖对方的修改，您的保存未被执行。您填写的内容仍保留在窗口中：请先记下这些内容，重新打开该记录后再次填写。</translation>
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
        <source>Signed-in user</source>
        <translation>当前登录用户</translation>
    </message>
    <message>
        <source>Rows in the table</source>
        <translation>表格行数</translation>
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
        <source>Database:</source>
        <translation>数据库:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>界面语言:</translation>
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
</TS>
