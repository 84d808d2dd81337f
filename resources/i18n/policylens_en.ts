<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/help/about_dialog.py" line="+59"/>
        <source>关于 PolicyLens</source>
        <translation>About PolicyLens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>离线阅读、标注和比较政策文件。</source>
        <translation>Read, annotate and compare policy documents, offline.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>数据文件夹</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>语料库存储</source>
        <translation>Corpus store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户数据（批注、对齐校正）</source>
        <translation>User data (annotations, alignment corrections)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>批注备份</source>
        <translation>Annotation backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>我的单位别名表</source>
        <translation>My agency aliases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>设置文件</source>
        <translation>Settings file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件夹指向（首选项中的选择）</source>
        <translation>Data folder pointer (chosen in Preferences)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据位置</source>
        <translation>Data locations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>（尚未创建）</source>
        <translation>(not created yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>打开所在文件夹</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制路径</source>
        <translation>Copy the path</translation>
    </message>
</context>
<context>
    <name>AdoptionChart</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/adoption_chart.py" line="+82"/>
        <source>没有带日期的成员</source>
        <translation>No dated members</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>累计采纳数</source>
        <translation>Adopters so far</translation>
    </message>
</context>
<context>
    <name>AgencyClauseModel</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/agency_models.py" line="+135"/>
        <location line="+6"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation>Agency</translation>
    </message>
</context>
<context>
    <name>AgencyGrouping</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/agency_grouping.py" line="+26"/>
        <source>条款按文件的此属性分组</source>
        <translation>Group the clauses by this attribute of their documents</translation>
    </message>
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/agency_panel.py" line="+49"/>
        <source>筛选单位…</source>
        <translation>Filter agencies…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>合并各级同一部门</source>
        <translation>Group levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把省、市、县、区的同一部门（如市公安局、县公安局）算作一行</source>
        <translation>Count one department at province, city, county and district level (such as the city and the county police) as one row</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>正在读取各文件的单位…</source>
        <translation>Reading the agencies of each document…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在建立单位索引…</source>
        <translation>Building the agency index…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在建立单位索引 {done}/{total}…</source>
        <translation>Building the agency index {done}/{total}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>无法建立单位索引：{reason}</source>
        <translation>The agency index could not be built: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+39"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-175"/>
        <source>单位条款</source>
        <translation>agency clauses</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>选择一个或多个单位查看其条款（Ctrl 或 Shift 多选）</source>
        <translation>Choose one or more agencies to see their clauses (Ctrl or Shift for several)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>{agency}：{clauses} 个条款，{places} 个地区</source>
        <translation>
            <numerusform>{agency}: {clauses} clauses in {places} place</numerusform>
            <numerusform>{agency}: {clauses} clauses in {places} places</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/agency_models.py" line="-89"/>
        <location line="+12"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{department}（各级）</source>
        <translation>{department} (all levels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（统称）</source>
        <translation> (collective)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>单位</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区数</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包括</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/agreement_dialog.py" line="+22"/>
        <source>编码者一致性</source>
        <translation>Inter-coder Agreement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+5"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+2"/>
        <location line="+49"/>
        <location line="+4"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>字符一致率</source>
        <translation>Characters agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字符 kappa</source>
        <translation>Characters kappa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款一致率</source>
        <translation>Clauses agreement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款 kappa</source>
        <translation>Clauses kappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>位置</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>一致性</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不一致的段落</source>
        <translation>Passages that differ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>编码者 A：</source>
        <translation>Coder A:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编码者 B：</source>
        <translation>Coder B:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>请选择两位不同的编码者（在首选项中设置编码者姓名，或合并同事的项目后，批注会带有编码者）。</source>
        <translation>Choose two different coders (annotations carry a coder once the coder&apos;s name is set in Preferences, or after merging a colleague&apos;s project).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>总体：字符一致率 {percent}，kappa {kappa}；条款一致率 {cp}，kappa {ck}。{left} 条批注没有可靠的位置，未计入。</source>
        <translation>Overall: characters {percent} agreement, kappa {kappa}; clauses {cp} agreement, kappa {ck}. {left} annotations without a reliable place are not counted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>编码 × 文件</source>
        <translation>Code × document</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出编码者一致性</source>
        <translation>Export Inter-coder Agreement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已导出：{files}</source>
        <translation>Exported: {files}</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/alias_editor.py" line="+36"/>
        <source>筛选内置表…</source>
        <translation>Filter the bundled table…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制到我的表</source>
        <translation>Copy to My Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把所选内置条目复制到你的表中加以扩充；你的条目将取代它</source>
        <translation>Copy the selected bundled entries to your table to extend them; your entry then replaces the bundled one</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>规范名称</source>
        <translation>Canonical name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>别名（用逗号或、分隔）</source>
        <translation>Aliases (separated by commas or 、)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地方部门</source>
        <translation>Local department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地方政府的部门：在“市发改委、财政局”这样的列表中沿用前一个名称的“市”</source>
        <translation>A department of a local government: in a list such as 市发改委、财政局 it takes the 市 of the name before it</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>我的单位别名（优先于内置表；保存后重新分析全部文件）：</source>
        <translation>My agency aliases (they win over the bundled table; saving re-analyses every document):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>内置表（只读）：</source>
        <translation>Bundled table (read-only):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>无法读取你的单位别名表：{error}</source>
        <translation>Your agency alias table cannot be read: {error}</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>已由你的条目取代</source>
        <translation>Replaced by your entry</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>第 {row} 行：规范名称不能为空。</source>
        <translation>Row {row}: the canonical name is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 {row} 行：规范名称“{name}”与第 {other} 行重复。</source>
        <translation>Row {row}: the canonical name “{name}” is already in row {other}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 {row} 行：“{name}”已属于第 {other} 行的“{canonical}”，一个名称只能对应一个单位。</source>
        <translation>Row {row}: “{name}” already belongs to “{canonical}” in row {other}; a name can stand for one agency only.</translation>
    </message>
</context>
<context>
    <name>AnnotatingFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/feature.py" line="+41"/>
        <source>批注文件已损坏</source>
        <translation>The annotations file is damaged</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{error}

损坏的文件已另存为 {kept}。
要从最新的备份 {backup} 恢复吗？</source>
        <translation>{error}

The damaged file was kept as {kept}.
Restore the newest backup, {backup}?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已恢复，并重放了 {n} 条日志记录。以下内容未能恢复：

{lines}</source>
        <translation>Restored, with {n} journal entries replayed. These could not be brought back:

{lines}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{error}

本窗口可以阅读，但不能添加或修改批注。</source>
        <translation>{error}

This window can read documents but cannot add or change annotations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法打开批注</source>
        <translation>Cannot open the annotations</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>备忘</source>
        <translation>Memos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>先在正文中选中要批注的文字</source>
        <translation>Select the text to annotate first</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>先在大纲中选择一个条款</source>
        <translation>Choose a clause in the outline first</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/annotation_editor.py" line="+44"/>
        <source>编辑批注</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>纯文本</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>其他颜色…</source>
        <translation>Other colour…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>编码路径，如 落户条件/租赁住所</source>
        <translation>Code path, e.g. 落户条件/租赁住所</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加编码</source>
        <translation>Add code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移除编码</source>
        <translation>Remove code</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>原文：</source>
        <translation>Quote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式：</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>颜色：</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码：</source>
        <translation>Codes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>笔记（右侧为预览）：</source>
        <translation>Note (preview on the right):</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>选择颜色</source>
        <translation>Choose colour</translation>
    </message>
</context>
<context>
    <name>AnnotationFiles</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/annotation_files.py" line="+31"/>
        <source>Markdown 报告 (*.md)</source>
        <translation>Markdown report (*.md)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W3C Web Annotation (*.jsonld)</source>
        <translation>W3C Web Annotation (*.jsonld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REFI-QDA 项目 (*.qdpx)</source>
        <translation>REFI-QDA project (*.qdpx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PolicyLens 批注 (*.json)</source>
        <translation>PolicyLens annotations (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注 {date}</source>
        <translation>Annotations {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出批注</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入批注</source>
        <translation>Import annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注文件 (*.json *.jsonld *.qdpx);;所有文件 (*)</source>
        <translation>Annotation files (*.json *.jsonld *.qdpx);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>AnnotationGrouping</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/annotation_grouping.py" line="+28"/>
        <source>按文件分组</source>
        <translation>Group by document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按编码分组</source>
        <translation>Group by code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按编码者分组</source>
        <translation>Group by coder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注列表按此分组</source>
        <translation>Group the annotation list by this</translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/annotation_list_model.py" line="+85"/>
        <source>原文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>笔记</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编码</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码者</source>
        <translation>Coder</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/annotation_panel.py" line="+54"/>
        <source>筛选原文或笔记…</source>
        <translation>Filter quote or note…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>编辑批注…</source>
        <translation>Edit annotation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除批注</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>需要复核：{n} 条（原文已改动，未能确定位置）</source>
        <translation>Needs review: {n} (the text changed; position uncertain)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>{n} 条批注</source>
        <translation>
            <numerusform>{n} annotation</numerusform>
            <numerusform>{n} annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>{n} 条批注（在筛选范围的文件中）</source>
        <translation>
            <numerusform>{n} annotation (in the documents in scope)</numerusform>
            <numerusform>{n} annotations (in the documents in scope)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>全部文件</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部编码</source>
        <translation>All codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部颜色</source>
        <translation>All colours</translation>
    </message>
</context>
<context>
    <name>AnnotationSession</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/annotation_session.py" line="+85"/>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>AnnotationToolbar</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/annotation_toolbar.py" line="+19"/>
        <source>批注工具栏</source>
        <translation>Annotation Toolbar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>用此颜色高亮所选文字（{color}）</source>
        <translation>Highlight the selection in this colour ({color})</translation>
    </message>
</context>
<context>
    <name>AttributeChooser</name>
    <message>
        <location filename="../../desktop/policylens/app/research/attribute_column.py" line="+28"/>
        <source>最后一列显示的文件属性，点击列标题按它排序</source>
        <translation>The document attribute shown in the last column; click its header to sort by it</translation>
    </message>
</context>
<context>
    <name>AttributeMatrixModel</name>
    <message>
        <location filename="../../desktop/policylens/app/matrices/attribute_matrix_model.py" line="+54"/>
        <location line="+19"/>
        <source>（空）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{value}：{n} 份文件</source>
        <translation>
            <numerusform>{value}: {n} document</numerusform>
            <numerusform>{value}: {n} documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributeMatrixView</name>
    <message>
        <location filename="../../desktop/policylens/app/matrices/attribute_matrix_view.py" line="+55"/>
        <source>编码片段数</source>
        <translation>Coded segments</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>文件数</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>含下级编码</source>
        <translation>With sub-codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一个编码的行也计入其下级编码的片段，每个片段或文件只算一次</source>
        <translation>A code&apos;s row also counts its sub-codes&apos; segments, each segment or document once</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>列：</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>计数：</source>
        <translation>Count:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>全部 {n} 份文件</source>
        <translation>All {n} documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>筛选范围内的 {n} 份文件</source>
        <translation>{n} documents in the scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；列标题括号内为该值的文件数</source>
        <translation>; in brackets after each value: its number of documents</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>点击一个格子，列出它所计的编码片段</source>
        <translation>Click a cell to list the coded segments it counts</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{code} · {value}：{count} 处</source>
        <translation>
            <numerusform>{code} · {value}: {count} passage</numerusform>
            <numerusform>{code} · {value}: {count} passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>（{count} 份文件）</source>
        <translation>
            <numerusform> ({count} document)</numerusform>
            <numerusform> ({count} documents)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>编码×{attribute}</source>
        <translation>Codes × {attribute}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>AttributeNames</name>
    <message>
        <location filename="../../desktop/policylens/app/common/attribute_names.py" line="+7"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文机关</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文种</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外层文种</source>
        <translation>Wrapper type</translation>
    </message>
</context>
<context>
    <name>AttributeSteps</name>
    <message>
        <location filename="../../desktop/policylens/app/research/attributes_dialog.py" line="+35"/>
        <source>设置属性 {name}</source>
        <translation>Set attribute {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定义属性 {name}</source>
        <translation>Define attribute {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入属性</source>
        <translation>Import attributes</translation>
    </message>
</context>
<context>
    <name>AttributesDialog</name>
    <message>
        <location line="+37"/>
        <location line="+131"/>
        <source>文档属性</source>
        <translation>Document Attributes</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>筛选…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>值（空：清除）</source>
        <translation>Value (empty: clear)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用到所选</source>
        <translation>Apply to Selected</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新属性名</source>
        <translation>New attribute name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>数字</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>选项</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选项，用逗号分隔</source>
        <translation>Choices, comma-separated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定义属性</source>
        <translation>Define Attribute</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>属性表 (*.xlsx *.csv)</source>
        <translation>Attribute tables (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>先选择一列中的单元格</source>
        <translation>Select cells in one column first</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>无法保存属性：{error}</source>
        <translation>Cannot save the attributes: {error}</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>写出每份文件的属性（CSV 或 XLSX），可在电子表格中编辑后导入</source>
        <translation>Write every document&apos;s attributes (CSV or XLSX) to edit in a spreadsheet and import back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>读入导出格式的 CSV 或 XLSX：按文件键或文件名对应，只改与当前不同的值</source>
        <translation>Read a CSV or XLSX of the exported shape: matched by document key or file name, only values that differ are changed</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>导出属性</source>
        <translation>Export Attributes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>XLSX 工作簿 (*.xlsx)</source>
        <translation>XLSX workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已导出 {count} 个文档</source>
        <translation>Exported {count} documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入属性</source>
        <translation>Import attributes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已导入 {count} 个值</source>
        <translation>Imported {count} values</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；{count} 个问题：{first}</source>
        <translation>; {count} problems: {first}</translation>
    </message>
</context>
<context>
    <name>AttributesModel</name>
    <message>
        <location filename="../../desktop/policylens/app/research/attributes_model.py" line="+48"/>
        <source>已更正；提取值：{value}</source>
        <translation>Corrected; extracted value: {value}</translation>
    </message>
</context>
<context>
    <name>AutocodeDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/search_panel.py" line="+393"/>
        <source>自动编码</source>
        <translation>Auto-code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编码路径（用 / 分级），如 落户条件/租赁住所</source>
        <translation>Code path (levels separated by /), e.g. 落户条件/租赁住所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>检索词本身</source>
        <translation>The matched words</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所在句子</source>
        <translation>Their sentence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>整个条款</source>
        <translation>The whole clause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>编码：</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>范围：</source>
        <translation>Passage:</translation>
    </message>
</context>
<context>
    <name>ChangeMap</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/change_map.py" line="+28"/>
        <source>差异分布：黄色为改动，红色为只在左侧，绿色为只在右侧；点击跳转</source>
        <translation>Where the differences are: yellow changed, red left only, green right only; click to jump</translation>
    </message>
</context>
<context>
    <name>ClauseNames</name>
    <message>
        <location filename="../../desktop/policylens/app/common/clause_names.py" line="+12"/>
        <source>前言</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
</context>
<context>
    <name>ClausePicker</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/compare_picker.py" line="+29"/>
        <source>筛选文件：地区、标题…</source>
        <translation>Filter documents: place, title…</translation>
    </message>
</context>
<context>
    <name>CoassignmentView</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/coassignment_view.py" line="+38"/>
        <location line="+37"/>
        <source>全部地区</source>
        <translation>All places</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+78"/>
        <source>共同牵头</source>
        <translation>lead together</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+78"/>
        <source>牵头—配合</source>
        <translation>lead – cooperate</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+77"/>
        <source>共同配合</source>
        <translation>cooperate together</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>地区：</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>至少任务数：</source>
        <translation>At least tasks:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>单位甲</source>
        <translation>Agency A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位乙</source>
        <translation>Agency B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任务数</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{pairs} 对单位；矩阵显示共同任务最多的 {shown} 个单位。</source>
        <translation>{pairs} agency pairs; the matrix shows the {shown} agencies sharing the most tasks.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>单位对</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>矩阵</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>单位协同</source>
        <translation>Agency co-assignment</translation>
    </message>
</context>
<context>
    <name>CodeManager</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/code_manager.py" line="+51"/>
        <source>新建…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重命名…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>颜色…</source>
        <translation>Colour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移到…下</source>
        <translation>Move under…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选中两个编码：先选的并入后选的</source>
        <translation>Select two codes: the first is merged into the second</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码×文件</source>
        <translation>Codes × documents</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+6"/>
        <source>新建编码</source>
        <translation>New code</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>编码路径（用 / 分级）：</source>
        <translation>Code path (levels separated by /):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>编码“{path}”已存在。</source>
        <translation>The code &quot;{path}&quot; already exists.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>合并编码</source>
        <translation>Merge codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请选中两个编码：先选的并入后选的。</source>
        <translation>Please select two codes: the first is merged into the second.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>重命名编码</source>
        <translation>Rename code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新名称：</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>编码颜色</source>
        <translation>Code colour</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（顶层）</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移动编码</source>
        <translation>Move code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>移到此编码下：</source>
        <translation>Move under this code:</translation>
    </message>
</context>
<context>
    <name>CodeTreeModel</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/code_tree_model.py" line="+100"/>
        <source>编码</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>片段</source>
        <translation>Segments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>含下级</source>
        <translation>Incl. sub-codes</translation>
    </message>
</context>
<context>
    <name>ColleaguesFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/colleagues.py" line="+31"/>
        <source>合并同事的项目</source>
        <translation>Merge a Colleague&apos;s Project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目文件 (*.qdpx *.json);;所有文件 (*)</source>
        <translation>Project files (*.qdpx *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>合并失败</source>
        <translation>Merge Failed</translation>
    </message>
</context>
<context>
    <name>ColumnPane</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/compare_pane.py" line="+31"/>
        <source>点击设为参照</source>
        <translation>Click to make this the reference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>更正</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正条款对齐</source>
        <translation>Correct the clause alignment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不是同一条款</source>
        <translation>Not the same clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>选择其他条款…</source>
        <translation>Choose another clause…</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>撤销更正</source>
        <translation>Remove correction</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>选择条款…</source>
        <translation>Choose a clause…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>（已更正）</source>
        <translation> (corrected)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>参照条款没有这段文字</source>
        <translation>Not in the reference clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>参照条款有而本文件删去的文字</source>
        <translation>In the reference clause, left out here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参照条款此处为：{text}</source>
        <translation>The reference clause has: {text}</translation>
    </message>
</context>
<context>
    <name>CommandNames</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/command_names.py" line="+10"/>
        <source>添加批注</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑批注</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更改编码</source>
        <translation>Change codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除批注</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新定位批注</source>
        <translation>Re-anchor annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建编码</source>
        <translation>New code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重命名编码</source>
        <translation>Rename code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更改编码颜色</source>
        <translation>Recolour code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移动编码</source>
        <translation>Move code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并编码</source>
        <translation>Merge codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除编码</source>
        <translation>Delete code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加备忘</source>
        <translation>Add memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑备忘</source>
        <translation>Edit memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除备忘</source>
        <translation>Delete memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并 {file}</source>
        <translation>Merge {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入批注 {file}</source>
        <translation>Import annotations {file}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自动编码 {code}</source>
        <translation>Auto-code {code}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/compare_columns.py" line="+79"/>
        <source>比例</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数量</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地名</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind}：{a} → {b}</source>
        <translation>{kind}: {a} → {b}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>参照</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本文件没有与之对应的条款</source>
        <translation>This document has no corresponding clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相似度 {score}</source>
        <translation>Similarity {score}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/comparing/compare_view.py" line="+72"/>
        <source>含下级条款</source>
        <translation>Include sub-clauses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>添加文件…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>把另一份文件的某个条款加入此条款族</source>
        <translation>Add a clause of another document to this family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>参照文件：</source>
        <translation>Reference document:</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>再显示 {n} 份</source>
        <translation>Show {n} more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在比较…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>条款族仍在计算中，完成后自动显示各地对应条款</source>
        <translation>Clause families are still being computed; the counterparts appear when they are ready</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其他文件中没有与之对应的条款</source>
        <translation>No other document has a corresponding clause</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown}/{total} 份文件</source>
        <translation>
            <numerusform>{shown}/{total} document</numerusform>
            <numerusform>{shown}/{total} documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>比较失败：{message}</source>
        <translation>Comparison failed: {message}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>选择 {place} 中与参照条款对应的条款：</source>
        <translation>Choose the clause of {place} that corresponds to the reference clause:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择一份文件及其中与参照条款对应的条款：</source>
        <translation>Choose a document and its clause that corresponds to the reference clause:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>选择对应条款</source>
        <translation>Choose Corresponding Clause</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>比较尚未完成</source>
        <translation>The comparison has not finished yet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>相似度</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不同的数值</source>
        <translation>Values that differ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文本</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>HTML 文件 (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条款对照 {title}</source>
        <translation>Clause comparison {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出对照</source>
        <translation>Export Comparison</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>条款对照：{title}</source>
        <translation>Clause comparison: {title}</translation>
    </message>
</context>
<context>
    <name>ComparingFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/feature.py" line="+30"/>
        <source>条款族未能更新：{message}</source>
        <translation>Clause families not updated: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>条款族</source>
        <translation>Clause Families</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>正在计算条款族 {n}/{total}…</source>
        <translation>Computing clause families {n}/{total}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>条款族已更新（{n} 份文件）</source>
        <translation>Clause families updated (documents added: {n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>先在大纲中选择一个条款</source>
        <translation>Choose a clause in the outline first</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>找不到条款 {clause}</source>
        <translation>No clause {clause}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>全文索引尚未建完，请稍候</source>
        <translation>The search index is still being built; please wait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>文本复用矩阵</source>
        <translation>Text reuse matrix</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/print_labels.py" line="+14"/>
        <source>条款对照报告</source>
        <translation>Clause comparison report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相同 {kept} 对，改动 {changed} 对，删去 {dropped} 条（只在左侧），新增 {added} 条（只在右侧）</source>
        <translation>{kept} pairs kept, {changed} changed, {dropped} dropped (left only), {added} added (right only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{documents} 份文件：与参照相同 {kept} 份，有改动 {changed} 份，没有对应条款 {absent} 份</source>
        <translation>{documents} documents: {kept} same as the reference, {changed} changed, {absent} without a matching clause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>成文日期</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>印发日期</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>施行日期</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>失效日期</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文号</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此处无对应条款</source>
        <translation>No matching clause here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相应条款在 {clause}</source>
        <translation>Its counterpart is at {clause}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CooccurrenceWindow</name>
    <message>
        <location filename="../../desktop/policylens/app/research/cooccurrence_window.py" line="+134"/>
        <location line="+34"/>
        <location line="+84"/>
        <source>编码共现</source>
        <translation>Code Co-occurrence</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>重叠的片段</source>
        <translation>Overlapping passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一条款</source>
        <translation>Same clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重叠：两个片段有共同的字，或一个片段带两个编码；同一条款：片段起于同一条款</source>
        <translation>Overlap: two passages share a character, or one passage carries both codes; same clause: the passages start in the same clause</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>共现单位：</source>
        <translation>Co-occurrence unit:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>全部文件</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>筛选范围内的 {n} 份文件</source>
        <translation>{n} documents in scope</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{scope}：{pairs} 对编码共现</source>
        <translation>
            <numerusform>{scope}: {pairs} pair of codes co-occurs</numerusform>
            <numerusform>{scope}: {pairs} pairs of codes co-occur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>点击一个格子，列出两个编码共现的文本</source>
        <translation>Click a cell to list the text where its two codes co-occur</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>“{a}”与“{b}”：{count} 处</source>
        <translation>
            <numerusform>&quot;{a}&quot; and &quot;{b}&quot;: {count} passage</numerusform>
            <numerusform>&quot;{a}&quot; and &quot;{b}&quot;: {count} passages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>CorpusGrouping</name>
    <message>
        <location filename="../../desktop/policylens/app/common/document_grouping.py" line="+30"/>
        <source>有效期内</source>
        <translation>Within its stated term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已施行（未写明有效期）</source>
        <translation>In force (no end stated)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未施行</source>
        <translation>Not yet in force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已过有效期</source>
        <translation>Expired</translation>
    </message>
</context>
<context>
    <name>CorpusMenu</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/corpus_menu.py" line="+29"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与当前打开的文件比较</source>
        <translation>Compare with the open document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在文件夹中显示来源文件</source>
        <translation>Show source file in folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>移除文件…</source>
        <translation>Remove Document…</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/corpus_model.py" line="+77"/>
        <source>（未识别地区）</source>
        <translation>(place not found)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>正在计算新内容占比…</source>
        <translation>Computing the share of new text…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这 {n} 份文件共 {new} / {chars} 字新内容。</source>
        <translation>These {n} documents: {new} of {chars} characters new.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{n} 份文件</source>
        <translation>
            <numerusform>{n} document</numerusform>
            <numerusform>{n} documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>字</source>
        <translation>Script</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新内容占比</source>
        <translation>New text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>繁</source>
        <translation>Trad.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>简</source>
        <translation>Simp.</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <location filename="../../desktop/policylens/app/matrices/matrix_models.py" line="+26"/>
        <source>参照条款</source>
        <translation>Reference clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采纳（相似度 ≥ {adopted}）</source>
        <translation>Adopted (similarity ≥ {adopted})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修改（同一条款族，改写较多）</source>
        <translation>Changed (same family, rewritten further)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删去（无对应条款）</source>
        <translation>Dropped (no corresponding clause)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>{place}：没有对应条款（删去）</source>
        <translation>{place}: no corresponding clause (dropped)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与参照条款的相似度 {score}：{band}</source>
        <translation>Similarity to the reference clause {score}: {band}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>牵头单位：{leads}</source>
        <translation>Lead agencies: {leads}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>新内容占比</source>
        <translation>New text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{family}
参照：{label}</source>
        <translation>{family}
Reference: {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label}
采纳 {adopted} · 修改 {changed} · 删去 {dropped}</source>
        <translation>{label}
adopted {adopted} · changed {changed} · dropped {dropped}</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../desktop/policylens/app/matrices/coverage_view.py" line="+99"/>
        <source>全部条款族（按大小）</source>
        <translation>All clause families (by size)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>模板：</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>正在计算覆盖矩阵…</source>
        <translation>Computing the coverage matrix…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>正在对齐条款 {n}/{total}…</source>
        <translation>Aligning clauses {n}/{total}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rows} 个条款族（按大小排列）× {columns} 份文件；每族以语料库中第一份文件的条款为参照。</source>
        <translation>{rows} clause families (largest first) × {columns} documents; each family&apos;s reference is its clause in the first document of the corpus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} 的 {rows} 个条款 × 其他 {columns} 份文件。每格：对应条款、与模板条款的相似度、牵头单位；双击打开各地对照。</source>
        <translation>{rows} clauses of {name} × {columns} other documents. Each cell: the corresponding clause, its similarity to the template&apos;s clause, the lead agencies; double-click to compare side by side.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法计算覆盖矩阵：{message}</source>
        <translation>Cannot compute the coverage matrix: {message}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>新内容占比</source>
        <translation>New text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>覆盖矩阵（全部条款族）</source>
        <translation>Coverage matrix (all clause families)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>覆盖矩阵（模板：{name}）</source>
        <translation>Coverage matrix (template: {name})</translation>
    </message>
</context>
<context>
    <name>DiffusionFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/feature.py" line="+47"/>
        <source>采纳时间线</source>
        <translation>Adoption Timeline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>谱系图</source>
        <translation>Lineage Graph</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>新增文本</source>
        <translation>What a Document Added</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>任务分工表</source>
        <translation>Task Table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单位协同</source>
        <translation>Agency Co-assignment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>全文索引尚未建完，请稍候</source>
        <translation>The full-text index is not ready yet; please wait</translation>
    </message>
</context>
<context>
    <name>DiffusionView</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/base_view.py" line="+83"/>
        <source>正在读取语料库…</source>
        <translation>Reading the corpus…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在读取语料库 {done}/{total}…</source>
        <translation>Reading the corpus {done}/{total}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法计算：{message}</source>
        <translation>Could not compute: {message}</translation>
    </message>
</context>
<context>
    <name>DocumentGrouping</name>
    <message>
        <location filename="../../desktop/policylens/app/common/document_grouping.py" line="+96"/>
        <source>（未识别地区）</source>
        <translation>(place not recognised)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>DocumentRemoval</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/document_removal.py" line="+51"/>
        <source>语料库正在更新：请稍后再移除文件</source>
        <translation>The corpus is being updated: remove the document when it is done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在移除 {title}…</source>
        <translation>Removing {title}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>从语料库中移除“{title}”？</source>
        <translation>Remove “{title}” from the corpus?</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>它的 {n} 条批注不会删除：将保留在“待复核”列表中，重新导入该文件后可恢复。</source>
        <translation>
            <numerusform>Its {n} annotation is not deleted: it is kept in the “Needs review” list and comes back when the document is imported again.</numerusform>
            <numerusform>Its {n} annotations are not deleted: they are kept in the “Needs review” list and come back when the document is imported again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移除文件</source>
        <translation>Remove Document</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>已移除 {title}；{n} 条批注保留在待复核列表中</source>
        <translation>
            <numerusform>Removed {title}; {n} annotation kept in the review list</numerusform>
            <numerusform>Removed {title}; {n} annotations kept in the review list</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>移除失败：{error}</source>
        <translation>Could not remove the document: {error}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/policylens/app/common/error_text.py" line="+16"/>
        <source>属性“{name}”：类型必须是 {kinds} 之一，而不是“{kind}”</source>
        <translation>attribute &apos;{name}&apos;: kind must be one of {kinds}, not &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属性需要一个名称</source>
        <translation>an attribute needs a name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属性“{name}”：选项类型需要列出选项</source>
        <translation>attribute &apos;{name}&apos;: a choice needs its list of choices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属性“{name}”：“{value}”不是数字</source>
        <translation>attribute &apos;{name}&apos;: &apos;{value}&apos; is not a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属性“{name}”：“{value}”不是日期（YYYY-MM-DD、YYYY-MM 或 YYYY）</source>
        <translation>attribute &apos;{name}&apos;: &apos;{value}&apos; is not a date (YYYY-MM-DD, YYYY-MM or YYYY)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>属性“{name}”：“{value}”不是 {choices} 之一</source>
        <translation>attribute &apos;{name}&apos;: &apos;{value}&apos; is not one of {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”是提取的属性：设置它即可更正</source>
        <translation>&apos;{name}&apos; is an extracted attribute; set it to correct it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有属性“{name}”：请先定义它，或更正 {names} 之一</source>
        <translation>no attribute &apos;{name}&apos;: define it first, or correct one of {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}”已是导出文件中一列的名称（{column}）：请给属性另起一个名称</source>
        <translation>&apos;{name}&apos; is already a column of the exports ({column}); give the attribute another name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”不是条件：请写成 名称=值、名称&gt;=值、名称=起..止、名称=甲|乙、名称!=值 或 名称~文字</source>
        <translation>&apos;{text}&apos; is not a condition: write NAME=VALUE, NAME&gt;=VALUE, NAME=FROM..TO, NAME=A|B, NAME!=VALUE or NAME~TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有属性“{name}”（可用：{names}）</source>
        <translation>no attribute &apos;{name}&apos; (one of {names})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”：范围写成 名称=起..止</source>
        <translation>&apos;{text}&apos;: a range is written NAME=FROM..TO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}”：在某日有效写成 in-force=YYYY-MM-DD、in-force=YYYY-MM 或 in-force=YYYY</source>
        <translation>&apos;{text}&apos;: in force on a date is written in-force=YYYY-MM-DD, in-force=YYYY-MM or in-force=YYYY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{text}”：此处无法确定哪些文件有效</source>
        <translation>&apos;{text}&apos;: what is in force cannot be read here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有文档集“{name}”{known}</source>
        <translation>no set &apos;{name}&apos;{known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有保存的搜索“{name}”{known}</source>
        <translation>no saved search &apos;{name}&apos;{known}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文档集或保存的搜索需要一个名称</source>
        <translation>a set or saved search needs a name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法读取：{reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是文件夹，不是文件</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是{kind}，不是文档文件：未读取</source>
        <translation>is {kind}, not a document file: not read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大小为 {size} MB；PolicyLens 读取不超过 {limit} MB 的文档</source>
        <translation>is {size} MB; PolicyLens reads documents of up to {limit} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的 {suffix} 文件：它既不是 zip 归档，也不是网页</source>
        <translation>is not a valid {suffix} file: it is not a zip archive, nor a web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的 {suffix} 文件：它既不是 Word 97–2003 文件，也不是网页</source>
        <translation>is not a valid {suffix} file: it is not a Word 97–2003 file, nor a web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的 {suffix} 文件：它既不是 PDF，也不是网页</source>
        <translation>is not a valid {suffix} file: it is not a PDF, nor a web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个保存的网页（MIME 归档）不含网页，只有 {kinds}</source>
        <translation>the saved web page (MIME archive) holds no page, only {kinds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是代替 {suffix} 文件保存下来的网页（文件预览页，标题为“{title}”）：其中没有文档</source>
        <translation>is a web page saved in place of the {suffix} file (a file viewer&apos;s page titled &apos;{title}&apos;): it holds no document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是空的框架页：它只嵌入其他网页（{frames}），本身没有文字；请改为导入被嵌入的网页</source>
        <translation>is an empty frame page: it only frames other pages ({frames}) and holds no text of its own; import the framed pages instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是只有图片的网页：它显示 {count} 张图片（扫描件或文档的照片），没有文字</source>
        <translation>is an image-only page: it shows {count} images (a scan or a picture of the document) and no text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是只有图片的网页：它显示 1 张图片（扫描件或文档的照片），没有文字</source>
        <translation>is an image-only page: it shows 1 image (a scan or a picture of the document) and no text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个 HTML 网页没有可见的文字（只有脚本、样式或标记）</source>
        <translation>the HTML page has no visible text (only scripts, styles or markup)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是有密码保护的 PDF：无法读取</source>
        <translation>is a password-protected PDF: it cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是可读取的 PDF（{reason}）</source>
        <translation>is not a readable PDF ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是没有页面的 PDF</source>
        <translation>is a PDF without pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是 {count} 页的 PDF；PolicyLens 最多读取 {limit} 页</source>
        <translation>is a PDF of {count} pages; PolicyLens reads up to {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是扫描的 PDF：它的 {count} 页都是没有文字层的图片。请安装 Tesseract OCR（含 chi_sim 语言）来读取，或导入文字版本</source>
        <translation>is a scanned PDF: its {count} pages are images without a text layer. Install Tesseract OCR (with the chi_sim language) to read it, or import a text version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是扫描的 PDF：它的 1 页是没有文字层的图片。请安装 Tesseract OCR（含 chi_sim 语言）来读取，或导入文字版本</source>
        <translation>is a scanned PDF: its 1 page are images without a text layer. Install Tesseract OCR (with the chi_sim language) to read it, or import a text version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是文字层无法解码的 PDF：{share} 的字符不是中文、拉丁字母或标点（其字体缺少 Unicode 映射）。请安装 Tesseract OCR（含 chi_sim 语言）来读取，或导入文字版本</source>
        <translation>is a PDF whose text layer does not decode: {share} of its characters are no Chinese, Latin or punctuation (its fonts lack a Unicode map). Install Tesseract OCR (with the chi_sim language) to read it, or import a text version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不是有效的 .docx 文件（不是 zip 归档）</source>
        <translation>is not a valid .docx file (not a zip archive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的 .docx 文件（缺少 word/document.xml）</source>
        <translation>is not a valid .docx file (word/document.xml is missing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.docx 正文解压后会超过 {limit} MB：作为压缩炸弹拒绝读取</source>
        <translation>the .docx body would decompress to more than {limit} MB: refused as a zip bomb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.docx 正文的 XML 已损坏（{reason}）</source>
        <translation>the .docx body is damaged XML ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个 Word 文档是空的：其中没有文字</source>
        <translation>the Word document is empty: it holds no text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是可读取的 Word .doc 文件（复合文件已损坏：{reason}）</source>
        <translation>is not a readable Word .doc file (damaged compound file: {reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是不含 Word 文档的 OLE 文件（其中有 {found}）</source>
        <translation>is an OLE file without a Word document in it (it holds {found})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.doc 文件已损坏：缺少它的 {stream} 流</source>
        <translation>the .doc file is damaged: its {stream} stream is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.doc 文件已损坏：它的 Word 文件头不完整</source>
        <translation>the .doc file is damaged: its Word header is truncated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.doc 文件已损坏：它的 Word 文件头签名不对</source>
        <translation>the .doc file is damaged: its Word header has a wrong signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是 Word 6/95 文档；PolicyLens 读取 Word 97–2003 及以后的格式：请另存为 .docx</source>
        <translation>is a Word 6/95 document; PolicyLens reads Word 97–2003 and later: save it again as .docx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是加密的 Word 文档（有密码保护）：无法读取</source>
        <translation>is an encrypted Word document (password-protected): it cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.doc 文件已损坏：找不到它的文本片段表</source>
        <translation>the .doc file is damaged: its piece table cannot be found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.doc 文件已损坏：它的文本片段表为空或格式错误</source>
        <translation>the .doc file is damaged: its piece table is empty or malformed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是 {count} 页的扫描 PDF；OCR 最多读取 {limit} 页的扫描件：请拆分，或导入文字版本</source>
        <translation>is a scanned PDF of {count} pages; OCR reads scans of up to {limit} pages: split it, or import a text version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 {page} 页的 OCR 超过了 {seconds} 秒</source>
        <translation>OCR of page {page} took longer than {seconds} s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法运行 OCR（{reason}）</source>
        <translation>OCR could not run ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {page} 页的 OCR 失败：{reason}</source>
        <translation>OCR of page {page} failed: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不支持的格式“{suffix}”；PolicyLens 读取 {supported}</source>
        <translation>unsupported format &apos;{suffix}&apos;; PolicyLens reads {supported}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件是空的（0 字节）</source>
        <translation>the file is empty (0 bytes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件只有空白字符</source>
        <translation>the file holds only white space</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件在一个 UTF-8 字符的中间结束（第 {at} 字节）；看来不完整</source>
        <translation>the file ends in the middle of a UTF-8 character (byte {at}); it looks truncated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {at} 字节不是有效的 {encoding}：{reason}</source>
        <translation>invalid {encoding} at byte {at}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是二进制文件，不是文本（含有 NUL 字节，且不是 UTF-16）</source>
        <translation>this is a binary file, not text (it contains NUL bytes and is not UTF-16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法判断文本编码；已尝试 {tried}；没有一种编码能读通几乎所有字节</source>
        <translation>cannot tell the text encoding; tried {tried}; no encoding fits all but a few bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法判断文本编码；已尝试 {tried}（最接近的是 {best}，常用字只占 {share}）；没有一种编码能读通几乎所有字节</source>
        <translation>cannot tell the text encoding; tried {tried} (best: {best}, only {share} common characters); no encoding fits all but a few bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是 Mac 资源分支文件（macOS 在复制的文件旁留下的“._”文件）：是访达的元数据，不是文档</source>
        <translation>is a Mac resource fork (a &apos;._&apos; file that macOS leaves beside a copied file): Finder metadata, not a document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是图片（二进制图像文件），不是文字文档：其中没有可读的文字</source>
        <translation>is an image (a binary picture file), not a text document: it holds no text to read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是 zip 归档，但不是 Word 文档（没有 word/document.xml）：请解压，然后导入其中的文档</source>
        <translation>is a zip archive that is not a Word document (no word/document.xml): unpack it and import the documents inside</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>是 RTF 文档；PolicyLens 通过 LibreOffice 读取 RTF，但没有安装它：请安装，或将文件另存为 .docx</source>
        <translation>is an RTF document; PolicyLens reads RTF through LibreOffice, which is not installed: install it, or save the file as .docx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} 没有条款“{clause}”</source>
        <translation>{key} has no clause &apos;{clause}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start}-{end} 不是 {key} 中的一段（其正文有 {length} 个字符；起点必须在终点之前）</source>
        <translation>span {start}-{end} is not a passage of {key} (its clean text has {length} characters; start must be below end)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文档 {key} 不在对齐结果中；请先对齐文库</source>
        <translation>document {key} is not in the alignment; align the corpus first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rows}</source>
        <translation>{rows}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{detail}（位置 {position}）</source>
        <translation>{detail} at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查询为空（位置 {position}）</source>
        <translation>empty query at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>意外的 {token}（位置 {position}）</source>
        <translation>unexpected {token} at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少“)”（位置 {position}）</source>
        <translation>missing &apos;)&apos; at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>短语为空（位置 {position}）</source>
        <translation>empty phrase at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正则表达式有误（{reason}）（位置 {position}）</source>
        <translation>bad regular expression ({reason}) at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少检索词（位置 {position}）</source>
        <translation>a term is missing at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这里应是检索词，而不是 {token}（位置 {position}）</source>
        <translation>a term is expected, not {token} at position {position}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>颜色“{colour}”不是 #rrggbb 的形式</source>
        <translation>colour &apos;{colour}&apos; is not of the form #rrggbb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有 id 为 {id} 的对象（{kind}）</source>
        <translation>no {kind} with id {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id 为 {id} 的对象（{kind}）已经存在</source>
        <translation>{kind} with id {id} already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码名称“{name}”不能为空，也不能含有“{sep}”</source>
        <translation>code name &apos;{name}&apos; must be non-empty and without &apos;{sep}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{path}”不能移到它自己的下面</source>
        <translation>&apos;{path}&apos; cannot be moved under itself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{where}”下已经有“{name}”</source>
        <translation>&apos;{name}&apos; already exists under &apos;{where}&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顶层已经有“{name}”</source>
        <translation>&apos;{name}&apos; already exists under &apos;the top&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码不能合并到它自己或它下面的编码中</source>
        <translation>a code cannot be merged into itself or into a code below it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} 不是文件</source>
        <translation>{path} is not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} 既不是 REFI-QDA 项目，也不是 JSON（{reason}）</source>
        <translation>{path} is neither a REFI-QDA project nor JSON ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} 是 JSON，但既不是 PolicyLens 导出文件，也不是 W3C 或 Hypothesis 批注</source>
        <translation>{path} is JSON, but neither a PolicyLens export nor W3C or Hypothesis annotations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} 不是 REFI-QDA 项目：它不是 zip 文件（{reason}）</source>
        <translation>{path} is not a REFI-QDA project: it is not a zip file ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是 PolicyLens 导出格式的第 {version} 版；本版本 PolicyLens 读取第 {reads} 版及更早的版本</source>
        <translation>it is version {version} of the PolicyLens export; this PolicyLens reads version {reads} and older</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} 是文件夹；请给出要写入的文件名</source>
        <translation>{path} is a folder; give the name of the file to write</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法写入 {path}：文件夹 {folder} 不存在</source>
        <translation>cannot write {path}: the folder {folder} does not exist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取 {path}：{reason}</source>
        <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} 不是 XLSX 工作簿（{reason}）</source>
        <translation>{path} is not an XLSX workbook ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} 没有标题行</source>
        <translation>{path} has no header row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在 Dask 集群上构建需要 Dask：pip install &apos;policylens[dask]&apos;（{reason}）</source>
        <translation>building on a Dask cluster needs Dask: pip install &apos;policylens[dask]&apos; ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法连接 {address} 的 Dask 调度器（{reason}）</source>
        <translation>cannot reach the Dask scheduler at {address} ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另一个 PolicyLens 进程正在写入 {folder} 中的{what}；请等它完成后再试</source>
        <translation>another PolicyLens process is writing the {what} in {folder}; wait for it to finish and try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} 是由较新的 PolicyLens 写入的（格式版本 {schema}；本版本读取 {reads}）。请升级 PolicyLens，或使用另一个 --data-dir。</source>
        <translation>{path} was written by a newer PolicyLens (schema {schema}; this version reads {reads}). Upgrade PolicyLens, or use another --data-dir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法保存到 {path}（{reason}）；更改未生效</source>
        <translation>could not save to {path} ({reason}); the change was not made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} 中的批注存储已关闭</source>
        <translation>the annotation store in {folder} is closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} 的文库中没有文档“{key}”</source>
        <translation>no document &apos;{key}&apos; in the store at {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文档文件 {path} 不见了；请重新导入该文档</source>
        <translation>the document file {path} is missing; re-import the document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} 的格式版本是 {schema}；本版本 PolicyLens 读取 {reads}</source>
        <translation>{path} has schema {schema}; this PolicyLens reads {reads}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{folder} 中的{what}已在另一个 PolicyLens 进程（pid {pid}）中打开；请先关闭它，或使用另一个 --data-dir</source>
        <translation>the {what} in {folder} are open in another PolicyLens process (pid {pid}); close it first, or use another --data-dir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>批注</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文库</source>
        <translation>corpus store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对齐结果</source>
        <translation>alignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>存储</source>
        <translation>store</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{subject}：{message}</source>
        <translation>{subject}: {message}</translation>
    </message>
</context>
<context>
    <name>ExportButtons</name>
    <message>
        <location filename="../../desktop/policylens/app/common/export_buttons.py" line="+32"/>
        <source>导出 HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 DOCX…</source>
        <translation>Export DOCX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出 SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出 GraphML…</source>
        <translation>Export GraphML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 GEXF…</source>
        <translation>Export GEXF…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>网页 (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV 表格 (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG 矢量图 (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GraphML 图 (*.graphml)</source>
        <translation>GraphML graph (*.graphml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GEXF 图 (*.gexf)</source>
        <translation>GEXF graph (*.gexf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>无法写入 {path}：{error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
</context>
<context>
    <name>FamilyModel</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/family_model.py" line="+53"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文件数</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款族</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>强度</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>弱成员：与本族其他条款的平均相似度仅 {score}，主要因其在提纲中的位置归入本族</source>
        <translation>Weak member: mean similarity to the other clauses of the family only {score}; it joined mainly by where it stands in its outline</translation>
    </message>
</context>
<context>
    <name>FamilyPanel</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/family_panel.py" line="+30"/>
        <source>本文件的条款</source>
        <translation>Clauses of this document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>全部条款族</source>
        <translation>All clause families</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>筛选：条款、标题、地区…</source>
        <translation>Filter: clause, title, place…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>条款族仍在计算中…</source>
        <translation>Clause families are still being computed…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{n} 项</source>
        <translation>{n} items</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/policylens/app/reading/find_bar.py" line="+46"/>
        <source>查找（简繁、全半角通用）</source>
        <translation>Find (simplified, traditional, full and half width alike)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>上一个（Shift+Enter，Shift+F3）</source>
        <translation>Previous (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一个（Enter，F3）</source>
        <translation>Next (Enter, F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭查找（Esc）</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
</context>
<context>
    <name>FrequencyWindow</name>
    <message>
        <location filename="../../desktop/policylens/app/research/frequency_window.py" line="+72"/>
        <source>词频</source>
        <translation>Word frequencies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>词频按此分组统计</source>
        <translation>Count the words in these groups</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>全部文件</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>按文件</source>
        <translation>By document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>前 </source>
        <translation>Top </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 个词</source>
        <translation> words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>停用词…</source>
        <translation>Stop words…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>词频 {date}</source>
        <translation>Word frequencies {date}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>正在统计 {count} 份文件…</source>
        <translation>Counting the words of {count} documents…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>{group}（{count} 词）</source>
        <translation>
            <numerusform>{group} ({count} word)</numerusform>
            <numerusform>{group} ({count} words)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} 组</source>
        <translation>
            <numerusform>{count} group</numerusform>
            <numerusform>{count} groups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>序号</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>词</source>
        <translation>Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次数</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>GroupedSearchModel</name>
    <message numerus="yes">
        <location filename="../../desktop/policylens/app/corpus/search_grouping.py" line="+69"/>
        <source>{name}  ({n} 处)</source>
        <translation>
            <numerusform>{name}  ({n} hit)</numerusform>
            <numerusform>{name}  ({n} hits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupingBox</name>
    <message>
        <location filename="../../desktop/policylens/app/common/document_grouping.py" line="-79"/>
        <source>文件列表按此分组</source>
        <translation>Group the document list by this</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>不分组</source>
        <translation>No groups</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按有效性分组</source>
        <translation>By validity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按文件集分组</source>
        <translation>By set</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按{what}分组</source>
        <translation>By {what}</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/help/feature.py" line="+78"/>
        <source>语料库：文件按地区和层级（市、县）分组，显示标题、日期、文号和简繁字形。在上方输入可筛选，简体繁体都能找到。</source>
        <translation>Corpus: documents grouped by place and level (city, county), with title, date, document number and script. Type above to filter; simplified and traditional both match.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>大纲：条款树和各条款的牵头单位。点击条款，正文跳到该处；{first}…{last} 调整显示的层级。</source>
        <translation>Outline: the clause tree with each clause&apos;s lead agencies. Click a clause to go to it in the text; {first}…{last} set how many levels show.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正文中的单位按角色着色：牵头、配合、负责、提及；悬停可看规范名称。“帮助 &gt; 单位角色图例”有完整说明。</source>
        <translation>Agencies in the text are coloured by role: lead, cooperating, responsible, mentioned; hover for the canonical name. Help &gt; Agency Role Legend explains them all.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位面板：选一个单位和角色，列出它在所有文件中参与的条款；双击跳到条款。</source>
        <translation>Agencies: pick an agency and roles to list the clauses it acts in, in every document; double-click to open one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>语料库搜索（{keys}）：搜“户籍”也能找到“戶籍”；可按地区、层级和单位筛选。</source>
        <translation>Corpus search ({keys}): 户籍 also finds 戶籍; filter by place, level and agency.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>比较：{clause} 把所选条款与各地的同一条款并排对照，{two} 逐条对照两份文件，{coverage} 看一份文件的条款在各地是否采纳。</source>
        <translation>Compare: {clause} puts the selected clause beside the same clause of every place, {two} aligns two documents clause by clause, {coverage} shows whether each place adopted a document&apos;s clauses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入（{key}）：网页、Word、WPS、PDF、文本文件，也可直接把文件拖到窗口上。</source>
        <translation>Import ({key}): web pages, Word, WPS, PDF and text files; you can also drop files on the window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注：选中正文文字，{highlight} 高亮，{annotate} 写批注并加编码。快捷键一览见 {shortcuts}；本提示可从“帮助 &gt; 入门提示”再次打开。</source>
        <translation>Annotations: select text, then {highlight} highlights it and {annotate} adds a note and codes. All shortcuts: {shortcuts}; Help &gt; Getting Started Tour shows these tips again.</translation>
    </message>
</context>
<context>
    <name>HighlightActions</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/highlight_actions.py" line="+45"/>
        <source>批注“{quote}”</source>
        <translation>Annotation “{quote}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编辑批注…</source>
        <translation>Edit Annotation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更改颜色</source>
        <translation>Change Colour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>删除批注</source>
        <translation>Delete Annotation</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/import_dialog.py" line="+45"/>
        <source>导入文件</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>当前文件完成后取消…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{n}/{total}：{name}</source>
        <translation>{n} of {total}: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入失败：{reason}</source>
        <translation>Import failed: {reason}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未变化</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新版本</source>
        <translation>new version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有可导入的文件（PolicyLens 读取 .txt、.html、.htm 和 .docx 文件）。</source>
        <translation>No files to import (PolicyLens reads .txt, .html, .htm and .docx files).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已取消，未导入任何文件。</source>
        <translation>Cancelled before any file was imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已在第 {done}/{total} 个文件后取消：{counts}</source>
        <translation>Cancelled after {done} of {total} files: {counts}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status} {n} 个</source>
        <translation>{n} {status}</translation>
    </message>
</context>
<context>
    <name>InForceBox</name>
    <message>
        <location filename="../../desktop/policylens/app/common/in_force_box.py" line="+21"/>
        <source>仅在此日期有效的文件：</source>
        <translation>Only documents in force on:</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../../desktop/policylens/app/reading/info_panel.py" line="+37"/>
        <source>发文机关</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>成文日期</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印发日期</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发布日期</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>字体</source>
        <translation>Script</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>来源文件</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>：</source>
        <translation>: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引用文件</source>
        <translation>Cited document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>目标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>限定</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>引用</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>量化目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>（未识别）</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}（{format}，{encoding}）</source>
        <translation>{name} ({format}, {encoding})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>点击定位到正文引用处</source>
        <translation>Click to show where it is cited</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>引用（{n}）</source>
        <translation>Citations ({n})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本库中有此文件，点击打开：{key}</source>
        <translation>In the corpus; click to open: {key}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>量化目标（{n}）</source>
        <translation>Targets ({n})</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <location filename="../../desktop/policylens/app/research/kwic_window.py" line="+36"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上文</source>
        <translation>Left context</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关键词</source>
        <translation>Keyword</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下文</source>
        <translation>Right context</translation>
    </message>
</context>
<context>
    <name>KwicWindow</name>
    <message>
        <location line="+31"/>
        <location line="+97"/>
        <source>关键词上下文</source>
        <translation>Keyword in context</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>检索式，如 户籍 NEAR/5 居住证</source>
        <translation>Query, e.g. 户籍 NEAR/5 居住证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>关键词上下文 {date}</source>
        <translation>Keyword in context {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>属性列：</source>
        <translation>Attribute column:</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>{hits} 处，{docs} 份文件</source>
        <translation>
            <numerusform>{hits} hit in {docs} documents</numerusform>
            <numerusform>{hits} hits in {docs} documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（仅列出前 {limit} 处）</source>
        <translation> (the first {limit} listed)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>检索式：{query}</source>
        <translation>Query: {query}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} 处，{when}</source>
        <translation>
            <numerusform>{count} hit, {when}</numerusform>
            <numerusform>{count} hits, {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop/policylens/app/reading/reader.py" line="+171"/>
        <source>图例：</source>
        <translation>Legend:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>字符缺损</source>
        <translation>damaged characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清理时移除</source>
        <translation>removed in cleaning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在原文中悬停于灰色删除线文字上，可看到移除原因</source>
        <translation>Hover over grey struck-through text in the raw view to see why it was removed</translation>
    </message>
</context>
<context>
    <name>LegendDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/help/help_dialogs.py" line="+107"/>
        <source>单位角色图例</source>
        <translation>Agency Role Legend</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>牵头单位：对该条款负总责、组织落实，如“（市公安局牵头）”。</source>
        <translation>Lead: answers for the clause and organises the work, as in “（市公安局牵头）”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配合单位：协助牵头单位完成，如“配合单位：”“…等单位参与”。</source>
        <translation>Cooperating: helps the lead agency, as in “配合单位：” or “…等单位参与”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任单位：按职责分工负责落实，如“责任单位：”“各县区政府负责”。</source>
        <translation>Responsible: carries the clause out within its own remit, as in “责任单位：” or “各县区政府负责”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提及：条款中出现但未分派任务的单位。</source>
        <translation>Mentioned: named in the clause without being given a task.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>字符缺损</source>
        <translation>damaged characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>波浪下划线：原文编码损坏，此处有字符在转换中丢失。</source>
        <translation>Wavy underline: the source&apos;s encoding was damaged and characters were lost here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清理时移除</source>
        <translation>removed in cleaning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除线（仅在“原始文本”视图）：网页导航、页码等清理时移除的内容，悬停可见原因。</source>
        <translation>Struck through (Raw Text view only): web navigation, page numbers and other text set aside in cleaning; hover for the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>阅读区按单位在条款中的角色着色：</source>
        <translation>The reader colours each agency by its role in the clause:</translation>
    </message>
</context>
<context>
    <name>LineageDrawing</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/lineage_drawing.py" line="+53"/>
        <source>国家</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>县/区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>层级不明</source>
        <translation>Level unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>库外文件</source>
        <translation>Outside corpus</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>不在语料库中（按引用命名）</source>
        <translation>Not in the corpus (named by its citation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不在筛选范围内（作为来源显示）</source>
        <translation>Outside the filters (shown as a source)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>没有可显示的文件</source>
        <translation>No document to show</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>推断（文本复用）</source>
        <translation>inferred (text reuse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引用</source>
        <translation>cited</translation>
    </message>
</context>
<context>
    <name>LineageLists</name>
    <message>
        <location filename="../../desktop/policylens/app/reading/lineage_lists.py" line="+50"/>
        <location line="+1"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>引用</source>
        <translation>Citation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被引文件</source>
        <translation>Cited document</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>语料库载入后显示引用与来源。</source>
        <translation>Citations and sources are shown once the corpus is loaded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在查找引用与来源…</source>
        <translation>Finding citations and sources…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在读取语料库 {done}/{total}…</source>
        <translation>Reading the corpus {done}/{total}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无法查找引用与来源：{message}</source>
        <translation>Could not find citations and sources: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>引用本文件：{citation}。点击打开：{key}</source>
        <translation>Cites this document: {citation}. Click to open: {key}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>推断：本文含其 {share:.0%} 的文本</source>
        <translation>Inferred: this holds {share:.0%} of its text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>推断（文本复用，不是引用）：本文件含此文件 {share:.1%} 的五字组（{n} 个），此文件日期在前、层级不低。点击打开：{key}</source>
        <translation>Inferred (text reuse, not a citation): this document holds {share:.1%} of its 5-grams ({n}); it is dated earlier and its level is not lower. Click to open: {key}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不在语料库中（按引用命名）；点击定位到正文引用处</source>
        <translation>Not in the corpus (named by the citation); click to show where the text cites it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>被引用（{n}）</source>
        <translation>Cited by ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可能的来源，推断（{n}）</source>
        <translation>Likely sources, inferred ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引用的库外文件（{n}）</source>
        <translation>Cited, not in the corpus ({n})</translation>
    </message>
</context>
<context>
    <name>LineageView</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/lineage_view.py" line="+46"/>
        <location line="+86"/>
        <source>全部文件</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>只显示有连线的文件</source>
        <translation>Only linked documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>显示库外被引文件</source>
        <translation>Show cited documents outside the corpus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>显示范围外的来源（灰色）</source>
        <translation>Show sources outside the filters (grey)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>属性条件，如 province=广东; year&gt;=2016</source>
        <translation>Attribute conditions, e.g. province=广东; year&gt;=2016</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与命令行 --where 相同：名称=值、名称&gt;=值、名称=起..止、名称=甲|乙、名称!=值、名称~文字、set=文档集；多个条件用分号隔开，须同时满足</source>
        <translation>As the command line&apos;s --where: NAME=VALUE, NAME&gt;=VALUE, NAME=FROM..TO, NAME=A|B, NAME!=VALUE, NAME~TEXT, set=SET; several conditions, separated by semicolons, must all hold</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>条款族：</source>
        <translation>Clause family:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>年份：</source>
        <translation>Years:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>属性条件有误：{message}</source>
        <translation>Attribute condition: {message}</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>依据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>引用</source>
        <translation>cited</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（废止）</source>
        <translation> (repealed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>推断</source>
        <translation>inferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标含来源 {share:.0%} 的文本（{n} 个五字组）</source>
        <translation>the target holds {share:.0%} of the source&apos;s text ({n} 5-grams)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{nodes} 个节点；{cited} 条引用边（实线），{inferred} 条推断边（虚线）。点击节点打开文件。</source>
        <translation>{nodes} nodes; {cited} cited edges (solid), {inferred} inferred edges (dashed). Click a node to open its document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>灰色的 {n} 个文件不在筛选范围内，作为来源显示。</source>
        <translation>The {n} grey documents are outside the filters, shown as sources.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>边</source>
        <translation>Edges</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>谱系图</source>
        <translation>Lineage graph</translation>
    </message>
</context>
<context>
    <name>LookList</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/look_list.py" line="+27"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>需要查看的原因</source>
        <translation>Why it needs a look</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>打开文件</source>
        <translation>Open Document</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>无标题</source>
        <translation>no title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无地区</source>
        <translation>no place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无日期</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无条款结构</source>
        <translation>no numbered parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有损坏的字符</source>
        <translation>damaged characters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文字经 OCR 识别</source>
        <translation>text read by OCR</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>需要查看 {n} 份文件（双击打开）：</source>
        <translation>
            <numerusform>{n} document needs a look (double-click to open):</numerusform>
            <numerusform>{n} documents need a look (double-click to open):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/policylens/app/shell/main_window.py" line="+51"/>
        <source>PolicyLens 政策文件阅读器</source>
        <translation>PolicyLens policy document reader</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在打开语料库…</source>
        <translation>Opening the corpus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在打开…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>筛选：地区、标题、文号…</source>
        <translation>Filter: place, title, number…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>文件信息</source>
        <translation>Document info</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>语料库搜索</source>
        <translation>Corpus search</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>本次运行还没有导入文件。</source>
        <translation>Nothing has been imported since PolicyLens started.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>正在建立全文索引 {n}/{total}…</source>
        <translation>Building the search index {n}/{total}…</translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>语料库：{docs} 份文件，共 {clauses} 个条款</source>
        <translation>
            <numerusform>Corpus: {docs} document, {clauses} clauses</numerusform>
            <numerusform>Corpus: {docs} documents, {clauses} clauses</numerusform>
        </translation>
    </message>
    <message>
        <location line="-208"/>
        <source>导入文件</source>
        <translation>Import Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政策文件 (*.txt *.md *.html *.htm *.mht *.mhtml *.docx *.doc *.wps *.pdf);;所有文件 (*)</source>
        <translation>Policy documents (*.txt *.md *.html *.htm *.mht *.mhtml *.docx *.doc *.wps *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location line="+304"/>
        <source>保存批注时出错</source>
        <translation>Could not save the annotations</translation>
    </message>
</context>
<context>
    <name>MatricesFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/matrices/feature.py" line="+41"/>
        <source>覆盖矩阵</source>
        <translation>Coverage Matrix</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>参数表</source>
        <translation>Parameter Table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>批注无法打开：没有编码可以统计</source>
        <translation>The annotations could not be opened: there are no codes to count</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>编码×属性矩阵</source>
        <translation>Code × attribute matrix</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>全文索引尚未建完，请稍候</source>
        <translation>The search index is still being built; please wait</translation>
    </message>
</context>
<context>
    <name>MemoEditor</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/memo_panel.py" line="+84"/>
        <source>纯文本</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在此写下备忘，停笔片刻即自动保存。</source>
        <translation>Write your memo here; it is saved when you pause.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未保存…</source>
        <translation>Not saved…</translation>
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location line="+10"/>
        <source>项目备忘</source>
        <translation>Project memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整个项目的备忘</source>
        <translation>Memo on the whole project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本文件</source>
        <translation>This document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Project</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/annotating/merge_dialog.py" line="+11"/>
        <source>合并 {name}</source>
        <translation>Merge {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>冲突</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>对象</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>我的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同事的</source>
        <translation>Colleague&apos;s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>以下冲突保留了您的版本，同事的版本列在旁边，没有覆盖任何内容：</source>
        <translation>In these conflicts your version is kept and your colleague&apos;s is shown beside it; nothing was overwritten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未能合并：</source>
        <translation>Not merged:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增批注 {n} 条（其中 {review} 条需要复核），新增备忘 {memos} 条，已有的相同内容 {same} 条，冲突 {conflicts} 处。</source>
        <translation>{n} annotations added ({review} need review), {memos} memos added, {same} identical already here, {conflicts} conflicts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>编码：按 GUID 对应 {guid} 个，按路径对应 {path} 个，新增 {added} 个。</source>
        <translation>Codes: {guid} matched by GUID, {path} by path, {added} added.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增编码：{codes}</source>
        <translation>Codes added: {codes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编码者：{names}</source>
        <translation>Coders: {names}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>编码名称或位置不同</source>
        <translation>Code named or placed differently</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编码颜色不同</source>
        <translation>Code coloured differently</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一段落和编码，笔记不同</source>
        <translation>Same passage and code, different note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同一段落，编码不同</source>
        <translation>Same passage, different codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一批注，两边都改过</source>
        <translation>Same annotation, changed on both sides</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同一备忘，内容不同</source>
        <translation>Same memo, different text</translation>
    </message>
</context>
<context>
    <name>NoveltyShare</name>
    <message>
        <location filename="../../desktop/policylens/app/common/novelty_text.py" line="+19"/>
        <source>成文日期</source>
        <translation>date written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>印发日期</source>
        <translation>date issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发布日期</source>
        <translation>date published</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>文号年份</source>
        <translation>year of the document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正的日期</source>
        <translation>corrected date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>新内容占比：未见于任何日期更早的文件、也未见于任何更高层级文件的文字（连续 5 字以上）占全文字数的比例。</source>
        <translation>Share of new text: the characters (in runs of 5 or more) found in no earlier-dated document and in no document of a higher level, over all the document&apos;s characters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{new} / {chars} 字新内容；与 {n} 份更早或更高层级的文件比较。</source>
        <translation>{new} of {chars} characters new; compared with {n} earlier or higher-level documents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有日期：只与更高层级的文件比较。</source>
        <translation>Undated: compared with higher-level documents only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>所用日期：{date}（{which}）</source>
        <translation>Date used: {date} ({which})</translation>
    </message>
</context>
<context>
    <name>NoveltyView</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/novelty_view.py" line="+37"/>
        <source>文件：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>没有选择文件</source>
        <translation>No document chosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新文本占 {share:.1%}（{new} / {chars} 字）；与 {n} 份更早或更高层级的文件比较。绿色：此前无人写过的文字。</source>
        <translation>New text: {share:.1%} ({new} of {chars} characters), compared with {n} earlier or higher-level documents. Green: text nobody wrote before.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{n} 字：{text}</source>
        <translation>{n} characters: {text}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>新文本</source>
        <translation>New text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新增文本 {name}</source>
        <translation>New text {name}</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../desktop/policylens/app/common/outline_model.py" line="+142"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>牵头单位</source>
        <translation>Lead agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>批注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>前言</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>本条款（含下级）有 {n} 条批注</source>
        <translation>
            <numerusform>{n} annotation in this clause (sub-clauses included)</numerusform>
            <numerusform>{n} annotations in this clause (sub-clauses included)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>……另有 {n} 条</source>
        <translation>… and {n} more</translation>
    </message>
</context>
<context>
    <name>ParameterModel</name>
    <message>
        <location filename="../../desktop/policylens/app/matrices/matrix_models.py" line="+10"/>
        <source>居住年限</source>
        <translation>Years of residence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>社保缴纳年限</source>
        <translation>Years of social insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>就业年限</source>
        <translation>Years of employment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>租住年限</source>
        <translation>Years of renting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纳税年限</source>
        <translation>Years of tax paid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>住所条件</source>
        <translation>Housing condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户籍人口城镇化率目标</source>
        <translation>Registered urbanization rate target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>户籍人口城镇化率年均提高</source>
        <translation>Registered urbanization rate, yearly rise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常住人口城镇化率目标</source>
        <translation>Resident urbanization rate target</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年均转户</source>
        <translation>Transfers a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>落户人数目标</source>
        <translation>Settlement target</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{clause}：{text}</source>
        <translation>{clause}: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（此条件已取消）</source>
        <translation> (this condition is abolished)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>双击跳到原文</source>
        <translation>Double-click to go to the source text</translation>
    </message>
</context>
<context>
    <name>ParameterView</name>
    <message>
        <location filename="../../desktop/policylens/app/matrices/parameter_view.py" line="+43"/>
        <location line="+56"/>
        <source>参数表</source>
        <translation>Parameter table</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>灰底：文件取消了这一条件</source>
        <translation>Grey: the document abolishes this condition</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>计算失败：{message}</source>
        <translation>Computation failed: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>正在读取 {count} 份文件的参数…</source>
        <translation>
            <numerusform>Reading the parameters of {count} document…</numerusform>
            <numerusform>Reading the parameters of {count} documents…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{found}/{count} 份文件设定了落户条件或目标。双击一格跳到原文。</source>
        <translation>{found}/{count} documents set settlement conditions or targets. Double-click a cell to go to the source text.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文件取消了这一条件</source>
        <translation>The document abolishes this condition</translation>
    </message>
</context>
<context>
    <name>PassagesModel</name>
    <message>
        <location filename="../../desktop/policylens/app/research/cooccurrence_window.py" line="-141"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上文</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>共现文本</source>
        <translation>Co-occurring text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下文</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/shell/preferences_dialog.py" line="+24"/>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>例如：张三</source>
        <translation>e.g. Zhang San</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您新建的每条批注和备忘都记下这个名字，合并同事的项目和计算编码者一致性时用它区分编码者</source>
        <translation>Every annotation and memo you make records this name; merging a colleague&apos;s project and inter-coder agreement use it to tell coders apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原文字形</source>
        <translation>As written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>系统默认</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 磅</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件夹</source>
        <translation>Data Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位别名</source>
        <translation>Agency Aliases</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>编码者姓名：</source>
        <translation>Coder&apos;s name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言：</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配色：</source>
        <translation>Colours:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阅读字号：</source>
        <translation>Reading font size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开文件时的字形：</source>
        <translation>Open documents in:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在使用：</source>
        <translation>In use:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>更改…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复默认</source>
        <translation>Use the Default</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下次启动时使用：</source>
        <translation>From the next start:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>更改在下次启动时生效。原来的文件夹及其中的数据保持原样，不会移动或删除；选择一个空文件夹，下次启动时会在其中导入内置文件。启动时用 --data-dir 指定的文件夹优先于此处的选择。</source>
        <translation>A change takes effect at the next start. The old folder and its data stay as they are: nothing is moved or deleted. Choose an empty folder and the bundled documents are imported into it at the next start. A folder given with --data-dir at start-up wins over this choice.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>此文件夹已有 PolicyLens 数据，下次启动时将打开它。</source>
        <translation>This folder holds PolicyLens data; the next start opens it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空文件夹：下次启动时将在其中导入内置文件。</source>
        <translation>An empty folder: the next start imports the bundled documents into it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此文件夹中已有其他文件。PolicyLens 会在其中建立 corpus 和 user 文件夹，不会改动原有文件；建议选择一个空文件夹。</source>
        <translation>This folder holds other files. PolicyLens will add its corpus and user folders beside them and leave them alone; an empty folder is better.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法写入此文件夹，请另选一个。</source>
        <translation>This folder cannot be written; choose another.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>选择数据文件夹</source>
        <translation>Choose the Data Folder</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>无法保存：{error}</source>
        <translation>Cannot save: {error}</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop/policylens/app/reading/reader.py" line="+70"/>
        <source>原文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>按原文字形显示</source>
        <translation>Show as written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简</source>
        <translation>Simp.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>以简体显示</source>
        <translation>Show in simplified characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>繁</source>
        <translation>Trad.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>以繁体显示</source>
        <translation>Show in traditional characters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>原始文本</source>
        <translation>Raw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>显示源文件原文，标出清理时移除的内容</source>
        <translation>Show the source file as it is, with what cleaning removed marked</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../desktop/policylens/app/reading/annotation_preview.py" line="+42"/>
        <source>编码：</source>
        <translation>Codes: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>编码者：</source>
        <translation>Coder: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>高亮（无笔记）</source>
        <translation>Highlight (no note)</translation>
    </message>
</context>
<context>
    <name>Reanalysis</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/alias_editor.py" line="+37"/>
        <source>导入尚未结束：请在导入完成后再保存单位别名表</source>
        <translation>An import is still running: save the agency alias table once it has finished</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>正在按新的单位别名重新分析 {n} 份文件…</source>
        <translation>
            <numerusform>Analysing {n} document again with the new agency aliases…</numerusform>
            <numerusform>Analysing {n} documents again with the new agency aliases…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>重新分析失败：{error}</source>
        <translation>Analysing again failed: {error}</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>已按新的单位别名重新分析 {n} 份文件</source>
        <translation>
            <numerusform>{n} document analysed again with the new agency aliases</numerusform>
            <numerusform>{n} documents analysed again with the new agency aliases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTools</name>
    <message>
        <location filename="../../desktop/policylens/app/research/report_tools.py" line="+27"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已导出到 {path}</source>
        <translation>Exported to {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ResearchFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/research/feature.py" line="+139"/>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>已用“{code}”编码 {count} 处</source>
        <translation>
            <numerusform>Coded {count} passage with &apos;{code}&apos;</numerusform>
            <numerusform>Coded {count} passages with &apos;{code}&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReuseTableModel</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/reuse_model.py" line="+106"/>
        <source>{a} 的 5 字串有 {share:.1%} 见于 {b}：{band}</source>
        <translation>{share:.1%} of {a}&apos;s 5-grams are found in {b}: {band}</translation>
    </message>
</context>
<context>
    <name>ReuseView</name>
    <message>
        <location line="-60"/>
        <source>照搬（&gt; {relay}）</source>
        <translation>Relay (&gt; {relay})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本地化改写（{rewritten}–{relay}）</source>
        <translation>Localized ({rewritten}–{relay})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重写（&lt; {rewritten}）</source>
        <translation>Rewritten (&lt; {rewritten})</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/comparing/reuse_view.py" line="+37"/>
        <location line="+37"/>
        <source>文本复用矩阵</source>
        <translation>Text reuse matrix</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>计算失败：{message}</source>
        <translation>Computation failed: {message}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>正在计算 {count} 份文件的文本复用…</source>
        <translation>
            <numerusform>Computing text reuse of {count} document…</numerusform>
            <numerusform>Computing text reuse of {count} documents…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>每格：行文件的 5 字串见于列文件的比例。照搬 &gt; {relay}，本地化改写 {rewritten}–{relay}，重写 &lt; {rewritten}；已剔除 {boilerplate} 个全库通用的 5 字串。</source>
        <translation>Each cell: the share of the row document&apos;s 5-grams found in the column document. Relay &gt; {relay}, localized {rewritten}–{relay}, rewritten &lt; {rewritten}; {boilerplate} 5-grams common to the whole corpus set aside.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>每格：行文件的 5 字串见于列文件的比例；已剔除 {boilerplate} 个全库通用的 5 字串。</source>
        <translation>Each cell: the share of the row document&apos;s 5-grams found in the column document; {boilerplate} 5-grams common to the whole corpus set aside.</translation>
    </message>
</context>
<context>
    <name>SameNameQuestion</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/same_name_question.py" line="+26"/>
        <source>同名文件</source>
        <translation>A file with the same name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}（{path}）与语料库中的文件同名，无法确定是同一文件的新版本还是另一个文件：</source>
        <translation>{name} ({path}) has the name of a document in the corpus; it is not clear whether it is a new version of it or another document:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>是 {key} 的新版本</source>
        <translation>A new version of {key}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>是另一个文件，分开保存</source>
        <translation>Another document, kept apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂不导入</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>其余 {n} 个同名文件也这样处理</source>
        <translation>The same for the other {n} files with a stored name</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/scope_bar.py" line="+79"/>
        <source>按此属性筛选文件</source>
        <translation>Filter the documents by this attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+177"/>
        <source>包含</source>
        <translation>contains</translation>
    </message>
    <message>
        <location line="-171"/>
        <location line="+210"/>
        <source>值；范围 2016..2020；多个 甲|乙</source>
        <translation>value; range 2016..2020; several A|B</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>一个值；范围写成 2016..2020；几个值之一写成 广东|浙江</source>
        <translation>One value; a range as 2016..2020; one of several values as 广东|浙江</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>筛选</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加入这个条件：只显示符合所有条件的文件</source>
        <translation>Add this condition: only documents that meet every condition are shown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>全部文件</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去掉所有条件和文件集</source>
        <translation>Remove every condition and the set</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>有效于（日期）</source>
        <translation>In force on (date)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>上次的筛选范围有条件已不适用，已去掉：</source>
        <translation>Conditions of the last scope that no longer apply were removed: </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>没有名为“{name}”的文件集</source>
        <translation>There is no document set named “{name}”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>文件集 {name}</source>
        <translation>set {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>有效于 {date}</source>
        <translation>In force on {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>或</source>
        <translation> or </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（空）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>日期：2018-06-01、2018-06 或 2018</source>
        <translation>Date: 2018-06-01, 2018-06 or 2018</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>所有文件集</source>
        <translation>All sets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}（{n} 份）</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>全部 {total} 份文件</source>
        <translation>All {total} documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>范围内 {n} / {total} 份文件</source>
        <translation>{n} of {total} documents in scope</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在确定哪些文件在 {date} 有效…</source>
        <translation>Finding the documents in force on {date}…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>（计算中）</source>
        <translation> (computing)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>点击去掉这个条件</source>
        <translation>Click to remove this condition</translation>
    </message>
</context>
<context>
    <name>SearchGrouping</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/search_grouping.py" line="+11"/>
        <source>搜索结果按文件的此属性分组</source>
        <translation>Group the search results by this attribute of their documents</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/search_panel.py" line="-342"/>
        <source>搜索全文（简繁通用）：户籍 AND 居住证 …</source>
        <translation>Search the full text, simplified and traditional alike (AND, OR, NOT, &quot;phrase&quot;, NEAR/5 …)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已存搜索</source>
        <translation>Saved searches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部编码…</source>
        <translation>Code all…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用一个编码标注全部结果（自动编码），可一步撤销</source>
        <translation>Code every hit with one code (auto-coding), undoable in one step</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在结果中</source>
        <translation>Within results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只在当前结果的条款中进行下一次搜索</source>
        <translation>Run the next search only in the clauses of the current results</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>单位（任意角色）</source>
        <translation>Agency (any role)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>正在建立全文索引 {done}/{total}…</source>
        <translation>Building the search index {done}/{total}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>检索语法：
户籍 居住证（或 AND、与、&amp;）：同一条款含两者
户籍 OR 居住证（或 或、|）：含其一
NOT 户籍（或 非、-户籍）：不含
&quot;居住证制度&quot;：短语；/居住证.{0,4}制度/：正则表达式
户籍 NEAR/5 居住证：同一条款内相距不超过 5 个字符
括号分组；简繁、全半角、大小写通用</source>
        <translation>Query syntax:
户籍 居住证 (or AND, 与, &amp;): a clause holding both
户籍 OR 居住证 (or 或, |): either
NOT 户籍 (or 非, -户籍): without it
&quot;居住证制度&quot;: a phrase; /居住证.{0,4}制度/: a regular expression
户籍 NEAR/5 居住证: at most 5 characters apart in one clause
Parentheses group; simplified and traditional, full and half width, upper and lower case match alike</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>（没有已存搜索）</source>
        <translation>(no saved searches)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存当前搜索…</source>
        <translation>Save this search…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>保存搜索</source>
        <translation>Save search</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已保存搜索“{name}”</source>
        <translation>Saved the search &apos;{name}&apos;</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>全部地区</source>
        <translation>All places</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部层级</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前言/结尾</source>
        <translation>Preamble/closing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一级 一、</source>
        <translation>Level 1 一、</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二级 (一)</source>
        <translation>Level 2 (一)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三级 1.</source>
        <translation>Level 3 1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>四级 (1)</source>
        <translation>Level 4 (1)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{hits} 处匹配，{docs} 份文件</source>
        <translation>
            <numerusform>{hits} matches in {docs} document</numerusform>
            <numerusform>{hits} matches in {docs} documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（仅显示前 {limit} 处）</source>
        <translation> (first {limit} shown)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（集合“{name}”内）</source>
        <translation>(within the set &apos;{name}&apos;)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>输入检索式，在 {n} 个条款中搜索</source>
        <translation>
            <numerusform>Type a query to search {n} clause</numerusform>
            <numerusform>Type a query to search {n} clauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/search_model.py" line="+118"/>
        <source>结果</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../../desktop/policylens/app/common/segment_rows.py" line="+19"/>
        <source>文件</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上文</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引文</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下文</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编码者</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（待复核）</source>
        <translation> (needs review)</translation>
    </message>
</context>
<context>
    <name>SegmentsWindow</name>
    <message>
        <location filename="../../desktop/policylens/app/research/segments_window.py" line="+37"/>
        <location line="+169"/>
        <source>编码片段</source>
        <translation>Coded segments</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>编码</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>含子编码</source>
        <translation>With sub-codes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>编码片段 {date}</source>
        <translation>Coded segments {date}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>属性列：</source>
        <translation>Attribute column:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>全部文件</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>全部编码者</source>
        <translation>All coders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（未署名）</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{count} 个片段</source>
        <translation>
            <numerusform>{count} segment</numerusform>
            <numerusform>{count} segments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>编码：{codes}</source>
        <translation>Codes: {codes}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（含子编码）</source>
        <translation> (with sub-codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件：{doc}；编码者：{coder}</source>
        <translation>Document: {doc}; coder: {coder}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{count} 个片段，{when}</source>
        <translation>
            <numerusform>{count} segment, {when}</numerusform>
            <numerusform>{count} segments, {when}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/help/help_dialogs.py" line="-81"/>
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>筛选：命令、菜单或按键…</source>
        <translation>Filter: command, menu or keys…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>菜单</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>命令</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>快捷键</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>StopwordsDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/research/stopwords_dialog.py" line="+18"/>
        <location line="+22"/>
        <source>停用词</source>
        <translation>Stop words</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>统计词频时略去的词，每行一个（# 开头为注释）；内置停用词之外另加。</source>
        <translation>Words left out of the frequencies, one a line (# starts a comment); added to the bundled stop words.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>无法保存 {file}：{error}</source>
        <translation>Cannot save {file}: {error}</translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/tasks_view.py" line="+34"/>
        <source>筛选：地区、任务、单位、期限…</source>
        <translation>Filter: place, task, agency, deadline…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+39"/>
        <source>任务</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截止日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款族</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>长期</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} 行（任务 × 单位）</source>
        <translation>{n} rows (task × agency)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>任务分工表</source>
        <translation>Task table</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../desktop/policylens/app/diffusion/timeline_view.py" line="+30"/>
        <source>自上而下</source>
        <translation>top-down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自下而上</source>
        <translation>bottom-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>横向扩散</source>
        <translation>horizontal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法判断</source>
        <translation>undetermined</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>成文日期</source>
        <translation>written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>印发日期</source>
        <translation>issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发布日期</source>
        <translation>published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文号年份</source>
        <translation>year of 文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正的日期</source>
        <translation>corrected date</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>筛选条款族…</source>
        <translation>Filter clause families…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{id}. {name}（{n} 处，{pattern}）</source>
        <translation>{id}. {name} ({n} members, {pattern})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（无标题）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>没有可显示的条款族</source>
        <translation>No clause family to show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>模式：{pattern}。</source>
        <translation>Pattern: {pattern}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最早的中央或省级成员：{place}（{date}）；其前的地方成员 {before} 个，其后 {after} 个。</source>
        <translation>First central or provincial member: {place} ({date}); local members before it: {before}, after it: {after}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>没有带日期的中央或省级成员，或没有地方成员：同级之间扩散。</source>
        <translation>No dated central or provincial member, or no local member: spread among peers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>先行者：{first}。</source>
        <translation>First movers: {first}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最晚：{last}。</source>
        <translation>Latest: {last}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另有 {n} 个成员的文件无日期。</source>
        <translation>{n} more members are in undated documents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>顺序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>所用日期</source>
        <translation>Date used</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>层级</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>无日期</source>
        <translation>undated</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>面板</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>采纳年份</source>
        <translation>Adoption years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>采纳时间线 {name}</source>
        <translation>Adoption timeline {name}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop/policylens/app/help/tour.py" line="+87"/>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>TwoDocModel</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/two_doc_model.py" line="+202"/>
        <source>此处无对应条款；相应条款在 {clause}</source>
        <translation>No counterpart here; the corresponding clause is {clause}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>此处无对应条款</source>
        <translation>No counterpart here</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只在一份文件中</source>
        <translation>In one document only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字相似度 {score}</source>
        <translation>Text similarity {score}</translation>
    </message>
</context>
<context>
    <name>TwoDocView</name>
    <message>
        <location line="-174"/>
        <source>单位（{role}）</source>
        <translation>Agency ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比例</source>
        <translation>Percentage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地名</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/comparing/two_doc_view.py" line="+71"/>
        <source>交换左右</source>
        <translation>Swap Sides</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>交换左右两份文件</source>
        <translation>Swap the left and right documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一处差异</source>
        <translation>Previous Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一处差异 (Shift+F7)</source>
        <translation>Previous difference (Shift+F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一处差异</source>
        <translation>Next Difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一处差异 (F7)</source>
        <translation>Next difference (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只看差异</source>
        <translation>Only Differences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>隐藏文字相同的条款</source>
        <translation>Hide clauses whose text is the same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印对照报告</source>
        <translation>Print the comparison report</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>正在比较…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>比较失败：{message}</source>
        <translation>Comparison failed: {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{pairs} 对条款，其中 {changed} 对有改动；只在左侧 {a} 条，只在右侧 {b} 条</source>
        <translation>{pairs} clause pairs, {changed} of them changed; {a} clauses left only, {b} right only</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>没有更多差异了</source>
        <translation>No more differences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>前面没有差异了</source>
        <translation>No differences before this one</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>比较尚未完成</source>
        <translation>The comparison is not finished yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出 HTML</source>
        <translation>Export HTML</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML 文件 (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出 XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a} 对比 {b}</source>
        <translation>{a} vs {b}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>比较两份文件</source>
        <translation>Compare Two Documents</translation>
    </message>
</context>
<context>
    <name>TwoDocumentsFeature</name>
    <message>
        <location filename="../../desktop/policylens/app/comparing/two_documents.py" line="+20"/>
        <source>至少需要两份文件才能比较</source>
        <translation>Comparing needs at least two documents</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../../desktop/policylens/app/common/ui_language.py" line="+13"/>
        <source>zh</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>WithinBar</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus/search_within.py" line="+61"/>
        <source>全部文件</source>
        <translation>All documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不再限于先前的结果，在全部文件中搜索</source>
        <translation>Search every document again, not only the earlier results</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>在结果中搜索：{queries}（{n} 个条款）</source>
        <translation>
            <numerusform>Within results: {queries} ({n} clause)</numerusform>
            <numerusform>Within results: {queries} ({n} clauses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordModel</name>
    <message>
        <location filename="../../desktop/policylens/app/research/frequency_window.py" line="-152"/>
        <source>序号</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>词</source>
        <translation>Word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次数</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../desktop/policylens/app/shell/actions.py" line="+35"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比较(&amp;C)</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>批注(&amp;A)</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>研究(&amp;R)</source>
        <translation>&amp;Research</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>传播(&amp;U)</source>
        <translation>Diff&amp;usion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入文件…</source>
        <translation>Import Documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次导入的报告…</source>
        <translation>Last Import Report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除文件…</source>
        <translation>Remove Document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入批注…</source>
        <translation>Import Annotations…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出批注…</source>
        <translation>Export Annotations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>在文档中查找…</source>
        <translation>Find in Document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在语料库中搜索…</source>
        <translation>Search Corpus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>首选项…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原文字形</source>
        <translation>As Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简体</source>
        <translation>Simplified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>繁体</source>
        <translation>Traditional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原始文本</source>
        <translation>Raw Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实际大小</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大纲：一级</source>
        <translation>Outline: Level 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大纲：二级</source>
        <translation>Outline: Level 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大纲：三级</source>
        <translation>Outline: Level 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大纲：四级（全部）</source>
        <translation>Outline: Level 4 (All)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重置布局</source>
        <translation>Reset Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部展开</source>
        <translation>Expand All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部折叠</source>
        <translation>Collapse All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后退</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前进</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高亮所选文字</source>
        <translation>Highlight Selection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注所选文字…</source>
        <translation>Annotate Selection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注当前条款…</source>
        <translation>Annotate Current Clause…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码管理</source>
        <translation>Code Manager</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>各地对照此条款…</source>
        <translation>Compare This Clause Across Documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文本复用矩阵…</source>
        <translation>Text Reuse Matrix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条款族列表</source>
        <translation>Clause Families</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>采纳时间线…</source>
        <translation>Adoption Timeline…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谱系图…</source>
        <translation>Lineage Graph…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增文本…</source>
        <translation>What a Document Added…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务分工表…</source>
        <translation>Task Table…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位协同…</source>
        <translation>Agency Co-assignment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文档属性…</source>
        <translation>Document Attributes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编码片段…</source>
        <translation>Coded segments…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编码共现…</source>
        <translation>Code Co-occurrence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关键词上下文（KWIC）…</source>
        <translation>Keyword in context (KWIC)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>词频…</source>
        <translation>Word frequencies…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印批注报告…</source>
        <translation>Print annotation report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编码×属性矩阵…</source>
        <translation>Code × Attribute Matrix…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>键盘快捷键</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位角色图例</source>
        <translation>Agency Role Legend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入门提示</source>
        <translation>Getting Started Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于 PolicyLens</source>
        <translation>About PolicyLens</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>高亮当前条款</source>
        <translation>Highlight Current Clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>写备忘…</source>
        <translation>Write Memo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>覆盖矩阵…</source>
        <translation>Coverage Matrix…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参数表…</source>
        <translation>Parameter Table…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>比较两份文件…</source>
        <translation>Compare Two Documents…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>合并同事的项目…</source>
        <translation>Merge a Colleague&apos;s Project…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>编码者一致性…</source>
        <translation>Inter-coder Agreement…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../desktop/policylens/app/shell/main.py" line="+130"/>
        <source>正在导入内置文件…</source>
        <translation>Importing the bundled documents…</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <location filename="../../desktop/policylens/app/common/styles.py" line="+55"/>
        <source>牵头</source>
        <translation>lead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>配合</source>
        <translation>cooperating</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>负责</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>提及</source>
        <translation>mentioned</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}（{role}）</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原文写作：{written}</source>
        <translation>Written as: {written}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>此处有字符在转换中丢失（原文编码损坏），显示的是残留字符。</source>
        <translation>Characters were lost here in a bad conversion of the source; what remains is shown.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>网页导航路径</source>
        <translation>web page breadcrumb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>二维码说明</source>
        <translation>QR-code caption</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>页码</source>
        <translation>page number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图片占位</source>
        <translation>image placeholder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编码数据</source>
        <translation>encoded data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发布信息（已提取为元数据）</source>
        <translation>publication line (kept as metadata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网页按钮与计数</source>
        <translation>web page buttons and counters</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>拼音注音</source>
        <translation>pinyin gloss</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>清理时移除：{name}（{reason}）</source>
        <translation>Removed in cleaning: {name} ({reason})</translation>
    </message>
</context>
</TS>
