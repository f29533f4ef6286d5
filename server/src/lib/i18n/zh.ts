/**
 * The server's texts in Chinese, by code: error messages and the details of a 400, import
 * rejections, and the labels of reports (CSV, XLSX). `{name}` is replaced by a parameter.
 */
export const zh = {
  // Error codes of the contract: what a caller reads when nothing more specific was said.
  validation_failed: '请求无效',
  invalid_request: '请求无效：{fields}',
  unauthenticated: '请先登录',
  invalid_credentials: '邮箱或密码不正确',
  forbidden: '您无权执行此操作',
  csrf_failed: '缺少或无效的 x-csrf-token 请求头，请从 GET /api/v1/auth/csrf 获取',
  membership_pending: '您加入机构的申请正在等待审核',
  account_disabled: '该账号已停用，请联系平台管理员',
  membership_required: '请先加入或创建机构',
  not_found: '未找到',
  no_route: '没有 {method} {path} 这个接口',
  conflict: '与当前状态冲突',
  duplicate_record: '与已有记录冲突',
  payload_too_large: '请求内容过大',
  unsupported_media_type: '不支持此内容类型',
  rate_limited: '尝试次数过多，请稍后再试',
  unavailable: '服务尚未就绪',
  internal: '服务器出错了',
  // Details of requests that cannot be read.
  malformed_json: 'JSON 格式错误，或不是对象或数组',
  malformed_url: 'URL 编码有误',
  malformed_multipart: '上传的内容不是有效的 multipart 格式',
  unreadable_body: '请求内容无法读取',
  upload_limit: '上传超出限制（{limit}）',
  // Messages the shared schemas write (in English) on their own rules.
  enterprise_needs_organization: '企业账号必填',
  invalid_id: '必须是有效的 ID',
  one_line: '必须为单行且不含控制字符',
  no_control_characters: '不能包含控制字符',
  invalid_phone: '必须是电话号码',
  invalid_outbox_id: '必须是发件箱邮件 ID',
  letters_or_digits: '必须包含字母或数字',
  not_before_from: '不能早于开始日期',
  not_below_min: '不能低于最小值',
  // The verification of a profile.
  contact_email_unusable: '此联系邮箱不能用于该档案',
  cannot_be_used: '不能使用',
  expert_not_submitted: '该专家尚未提交档案',
  expert_already_verified: '该专家已通过认证',
  expert_already_rejected: '该专家已被驳回',
  expert_changed: '该专家档案已被修改，请刷新后重新审核',
  // An expert import: the file.
  file_required: '请以 multipart 字段 "file" 附上表格文件',
  file_empty: '文件为空',
  file_no_data_rows: '文件有表头但没有数据行',
  file_no_worksheet: '工作簿中没有工作表',
  file_unsupported: '请上传 .csv（UTF-8 或 GB18030 文本）或 .xlsx（Excel 工作簿）文件',
  file_too_many_rows: '表头以下超过 {limit} 行，请拆分为每个不超过 {limit} 行的文件',
  file_too_many_cells: '工作簿超过 {limit} 个单元格，请拆分为较小的文件',
  file_too_many_parts: '工作簿包含超过 {limit} 个部件，请用 Excel 或 WPS 重新保存',
  file_inflates_too_much: '工作簿解压后超过 {megabytes} MB；{rows} 位专家的工作簿约需 15 MB',
  file_damaged: '工作簿已损坏：某个部件解压后大于其声明的大小',
  csv_unreadable: '无法读取 CSV 文件：{reason}',
  missing_name_header: '文件首行没有姓名列（姓名 或 name）',
  missing_contact_header: '文件需要邮箱（email）或电话（phone）列以匹配专家',
  unknown_column: '未知列“{label}”已忽略',
  repeated_column: '列“{label}”与“{field}”重复，使用第一列',
  // An expert import: one row's fields.
  required: '必填',
  required_for_new: '新增专家时必填',
  contact_required: '需要邮箱或电话以匹配专家',
  not_one_of: '“{value}”不是 {options} 之一',
  unknown_skills: '未知的技能：{names}',
  unknown_sectors: '未知的行业：{names}',
  not_years: '“{value}”不是年数',
  duplicate_of_row: '与第 {row} 行重复',
  same_expert_as_row: '与第 {row} 行匹配到同一位专家',
  // Labels of reports.
  'label.reason': '未导入原因',
  // Experts' interest in open needs.
  interest_exists: '您已对该需求表示过感兴趣',
  interest_not_verified: '档案通过审核后才能对需求表示感兴趣',
  interest_unavailable: '您的档案设为暂不接单，无法对需求表示感兴趣',
  interest_frozen: '档案已超过两年未确认，请先确认档案',
  interest_suspended: '您已被暂停至 {until}（北京时间），暂不能对需求表示感兴趣',
} as const;

export type MessageKey = keyof typeof zh;
