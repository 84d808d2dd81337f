<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AgencyClauseModel</name>
    <message>
        <location filename="../../desktop/policylens/app/agency_panel.py" line="+127"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>前言</source>
        <translation>Preamble</translation>
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
</context>
<context>
    <name>AgencyPanel</name>
    <message>
        <location line="+21"/>
        <source>筛选单位…</source>
        <translation>Filter agencies…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>正在建立单位索引 {done}/{total}…</source>
        <translation>Building the agency index {done}/{total}…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>选择一个单位查看其条款</source>
        <translation>Choose an agency to see its clauses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{agency}：{clauses} 个条款，{places} 个地区</source>
        <translation>{agency}: {clauses} clauses in {places} places</translation>
    </message>
</context>
<context>
    <name>AgencyTableModel</name>
    <message>
        <location line="-203"/>
        <source>（统称）</source>
        <translation> (collective)</translation>
    </message>
    <message>
        <location line="+11"/>
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
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../desktop/policylens/app/annotation_editor.py" line="+43"/>
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
        <location line="+19"/>
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
        <location line="+59"/>
        <source>选择颜色</source>
        <translation>Choose colour</translation>
    </message>
</context>
<context>
    <name>AnnotationListModel</name>
    <message>
        <location filename="../../desktop/policylens/app/annotation_panel.py" line="+106"/>
        <source>原文</source>
        <translation>Orig.</translation>
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
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location line="+29"/>
        <source>筛选原文或笔记…</source>
        <translation>Filter quote or note…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>编辑批注…</source>
        <translation>Edit annotation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除批注</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>需要复核：{n} 条（原文已改动，未能确定位置）</source>
        <translation>Needs review: {n} (the text changed; position uncertain)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} 条批注</source>
        <translation>{n} annotations</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../desktop/policylens/app/annotation_session.py" line="+91"/>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>添加批注</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑批注</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更改编码</source>
        <translation>Change codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除批注</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建编码</source>
        <translation>New code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重命名编码</source>
        <translation>Rename code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更改编码颜色</source>
        <translation>Recolour code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>移动编码</source>
        <translation>Move code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并编码</source>
        <translation>Merge codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除编码</source>
        <translation>Delete code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加备忘</source>
        <translation>Add memo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑备忘</source>
        <translation>Edit memo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除备忘</source>
        <translation>Delete memo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重新定位批注</source>
        <translation>Re-anchor annotations</translation>
    </message>
</context>
<context>
    <name>CodeManager</name>
    <message>
        <location filename="../../desktop/policylens/app/code_manager.py" line="+222"/>
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
        <location line="-251"/>
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
    <name>ColumnPane</name>
    <message>
        <location filename="../../desktop/policylens/app/compare_view.py" line="+266"/>
        <source>点击设为参照</source>
        <translation>Click to make this the reference</translation>
    </message>
    <message>
        <location line="+41"/>
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
    <name>CompareView</name>
    <message>
        <location line="-187"/>
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
        <location line="+14"/>
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
        <source>相似度 {score:.2f}</source>
        <translation>Similarity {score:.2f}</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>含下级条款</source>
        <translation>Include sub-clauses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导出 HTML…</source>
        <translation>Export HTML…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>参照文件：</source>
        <translation>Reference document:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在比较…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>比较失败：{message}</source>
        <translation>Comparison failed: {message}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>比较尚未完成</source>
        <translation>The comparison has not finished yet</translation>
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
        <location line="+6"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>条款对照：{title}</source>
        <translation>Clause comparison: {title}</translation>
    </message>
</context>
<context>
    <name>CorpusModel</name>
    <message>
        <location filename="../../desktop/policylens/app/corpus_model.py" line="+118"/>
        <source>（未识别地区）</source>
        <translation>(place not found)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} 份文件</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>FindBar</name>
    <message>
        <location filename="../../desktop/policylens/app/find_bar.py" line="+45"/>
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/import_dialog.py" line="+34"/>
        <source>导入文件</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+28"/>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>当前文件完成后取消…</source>
        <translation>Cancelling after the current file…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{n}/{total}：{name}</source>
        <translation>{n} of {total}: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>导入失败：{reason}</source>
        <translation>Import failed: {reason}</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+6"/>
        <source>没有可导入的文件（PolicyLens 读取 .txt、.html、.htm 和 .docx 文件）。</source>
        <translation>No files to import (PolicyLens reads .txt, .html, .htm and .docx files).</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>InfoPanel</name>
    <message>
        <location filename="../../desktop/policylens/app/info_panel.py" line="+66"/>
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
        <location line="+4"/>
        <source>引用</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>量化目标</source>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+14"/>
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
    <name>Legend</name>
    <message>
        <location filename="../../desktop/policylens/app/reader.py" line="+108"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/policylens/app/main_window.py" line="+50"/>
        <source>PolicyLens 政策文件阅读器</source>
        <translation>PolicyLens policy document reader</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>筛选：地区、标题、文号…</source>
        <translation>Filter: place, title, number…</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+104"/>
        <source>正在建立全文索引 {n}/{total}…</source>
        <translation>Building the search index {n}/{total}…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>语料库：{docs} 份文件，共 {clauses} 个条款</source>
        <translation>Corpus: {docs} documents, {clauses} clauses</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/window_actions.py" line="+18"/>
        <source>导入文件</source>
        <translation>Import Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政策文件 (*.txt *.html *.htm *.docx);;所有文件 (*)</source>
        <translation>Policy documents (*.txt *.html *.htm *.docx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/window_annotations.py" line="+150"/>
        <location filename="../../desktop/policylens/app/window_compare.py" line="+24"/>
        <source>先在大纲中选择一个条款</source>
        <translation>Choose a clause in the outline first</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/window_compare.py" line="+7"/>
        <source>对照前 {n} 份文件</source>
        <translation>Comparing the first {n} documents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>全文索引尚未建完，请稍候</source>
        <translation>The search index is still being built; please wait</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>文本复用矩阵</source>
        <translation>Text reuse matrix</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/window_help.py" line="+19"/>
        <source>关于 PolicyLens</source>
        <translation>About PolicyLens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PolicyLens {version}
离线阅读、标注和比较政策文件。
数据文件夹：{data}</source>
        <translation>PolicyLens {version}
Read, annotate and compare policy documents offline.
Data folder: {data}</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/window_annotations.py" line="-117"/>
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
        <location line="+8"/>
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
        <location line="+16"/>
        <source>批注</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编码</source>
        <translation>Codes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法完成</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>高亮</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>先在正文中选中要批注的文字</source>
        <translation>Select the text to annotate first</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+2"/>
        <source>导出批注</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入批注</source>
        <translation>Import annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批注文件 (*.json *.jsonld *.qdpx);;所有文件 (*)</source>
        <translation>Annotation files (*.json *.jsonld *.qdpx);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入批注 {name}</source>
        <translation>Import annotations {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>保存批注时出错</source>
        <translation>Could not save the annotations</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../desktop/policylens/app/outline_model.py" line="+78"/>
        <source>条款</source>
        <translation>Clause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>牵头单位</source>
        <translation>Lead agency</translation>
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
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop/policylens/app/preferences_dialog.py" line="+18"/>
        <source>首选项</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+12"/>
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
        <location line="+1"/>
        <source>数据文件夹：</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据文件夹可在启动时用 --data-dir 指定。</source>
        <translation>Start with --data-dir to use another data folder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ReaderPane</name>
    <message>
        <location filename="../../desktop/policylens/app/reader.py" line="+66"/>
        <source>原文</source>
        <translation>Orig.</translation>
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
    <name>ReuseTableModel</name>
    <message>
        <location filename="../../desktop/policylens/app/reuse_view.py" line="+107"/>
        <source>{a} 的 5 字串有 {share:.1%} 见于 {b}：{band}</source>
        <translation>{share:.1%} of {a}&apos;s 5-grams are found in {b}: {band}</translation>
    </message>
</context>
<context>
    <name>ReuseView</name>
    <message>
        <location line="-57"/>
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
        <location line="+97"/>
        <source>计算失败：{message}</source>
        <translation>Computation failed: {message}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>正在计算 {count} 份文件的文本复用…</source>
        <translation>Computing text reuse of {count} documents…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>每格：行文件的 5 字串见于列文件的比例。照搬 &gt; {relay}，本地化改写 {rewritten}–{relay}，重写 &lt; {rewritten}；已剔除 {boilerplate} 个全库通用的 5 字串。</source>
        <translation>Each cell: the share of the row document&apos;s 5-grams found in the column document. Relay &gt; {relay}, localized {rewritten}–{relay}, rewritten &lt; {rewritten}; {boilerplate} 5-grams common to the whole corpus set aside.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desktop/policylens/app/search_panel.py" line="+179"/>
        <source>搜索全文（简繁通用）…</source>
        <translation>Search all documents (simplified and traditional alike)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>单位（任意角色）</source>
        <translation>Agency (any role)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>正在建立全文索引 {done}/{total}…</source>
        <translation>Building the search index {done}/{total}…</translation>
    </message>
    <message>
        <location line="+26"/>
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
    <message>
        <location line="+15"/>
        <source>{hits} 处匹配，{docs} 份文件</source>
        <translation>{hits} matches in {docs} documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（仅显示前 {limit} 处）</source>
        <translation> (first {limit} shown)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location line="-170"/>
        <source>前言</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结尾</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>结果</source>
        <translation>Results</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../desktop/policylens/app/actions.py" line="+33"/>
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
        <location line="+1"/>
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
        <location filename="../../desktop/policylens/app/window_compare.py" line="-32"/>
        <source>各地对照此条款…</source>
        <translation>Compare This Clause Across Documents…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文本复用矩阵…</source>
        <translation>Text Reuse Matrix…</translation>
    </message>
    <message>
        <location filename="../../desktop/policylens/app/window_help.py" line="-5"/>
        <source>关于 PolicyLens</source>
        <translation>About PolicyLens</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../desktop/policylens/app/main.py" line="+84"/>
        <source>正在导入内置文件…</source>
        <translation>Importing the bundled documents…</translation>
    </message>
</context>
<context>
    <name>styles</name>
    <message>
        <location filename="../../desktop/policylens/app/styles.py" line="+55"/>
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
