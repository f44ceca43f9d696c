// The Vietnamese interface text: every key of en.ts, in natural Vietnamese.
import type { Messages } from "./en";

export const vi: Messages = {
  site: {
    tagline: "bản đồ AI phi tập trung, có dẫn nguồn",
    description:
      "Danh sách mở, có dẫn nguồn, về các dự án AI phi tập trung: đám mây GPU, chợ điện toán, mạng mô hình, agent, dữ liệu và ZKML.",
    skipLink: "Chuyển đến nội dung chính",
    mainNavigation: "Menu chính",
    nav: {
      categories: "Danh mục",
      chains: "Chuỗi",
      resources: "Tài nguyên",
      landscape: "Toàn cảnh",
      stats: "Thống kê",
      trust: "Độ tin cậy",
      prices: "Giá",
      changes: "Thay đổi",
      compare: "So sánh",
      search: "Tìm kiếm",
    },
    languageSwitch: "Ngôn ngữ",
    search: { label: "Tìm kiếm dự án", placeholder: "Tìm dự án (nhấn /)" },
    footerLicense: "Dữ liệu theo giấy phép CC BY 4.0; mã nguồn theo giấy phép MIT.",
    footerAbout: "Về dữ liệu và cách kiểm chứng",
    footerSource: "Mã nguồn trên GitHub",
    home: "Trang chủ",
    notFoundTitle: "Không tìm thấy trang",
    notFoundText:
      "Không có trang nào ở địa chỉ này. Có thể trang đã được đổi tên; riêng các dự án vẫn giữ nguyên địa chỉ kể cả khi dự án đổi tên.",
    notFoundLink: "Xem tất cả danh mục",
  },
  counts: {
    projects: (count: number) => `${count} dự án`,
  },
  home: {
    title: "Danh sách dự án AI phi tập trung",
    heading: "Bản đồ AI phi tập trung, có dẫn nguồn",
    intro: (projects: number, categories: number) =>
      `${projects} dự án cho thuê GPU, huấn luyện và mua bán mô hình, vận hành agent, thu thập dữ liệu và chứng minh kết quả suy luận, chia thành ${categories} danh mục. Mỗi thông tin đều có liên kết tới trang nguồn của nó.`,
    tools: "Ngoài các danh mục",
    toolLinks: {
      trust: "Mô hình tin cậy: ai kiểm tra công việc, ai nắm giữ khóa",
      prices: "Chỉ số giá GPU: giá một giờ của từng GPU trên từng mạng",
      compare: "So sánh các dự án song song",
      changes: "Những gì đã thay đổi, kèm feed để theo dõi",
    },
    seeAll: (count: number, category: string) => `Tất cả ${count} dự án trong ${category}`,
  },
  category: {
    metaDescription: (count: number, name: string) =>
      `${count} dự án AI phi tập trung thuộc danh mục ${name}, kèm thông tin có dẫn nguồn.`,
    follow: (name: string) => `thay đổi trong ${name}`,
  },
  facets: {
    chainsTitle: "Chuỗi",
    chainsDescription:
      "Mọi blockchain mà các dự án AI phi tập trung trong danh sách chạy trên đó hoặc phát hành token trên đó, kèm số lượng dự án.",
    chainsIntro:
      "Các blockchain mà dự án chạy trên đó, phát hành token hoặc quyết toán thanh toán trên đó. Layer 1 riêng của một dự án được liệt kê dưới chính tên của nó.",
    resourcesTitle: "Tài nguyên",
    resourcesDescription:
      "Những gì các mạng AI phi tập trung cung cấp, từ GPU, lưu trữ đến dữ liệu, mô hình và bằng chứng, kèm số lượng dự án.",
    resourcesIntro:
      "Những gì các mạng cung cấp cho người dùng: phần cứng như GPU và lưu trữ, hoặc sản phẩm đầu ra như dữ liệu, mô hình và bằng chứng.",
    ownChain: " (chuỗi riêng của dự án)",
    onChain: (name: string) => `Dự án trên ${name}`,
    supplying: (name: string) => `Dự án cung cấp ${name}`,
    inDirectory: (count: number) => `Có ${count} dự án trong danh sách.`,
    metaDescription: (count: number, description: string) =>
      `${count} dự án AI phi tập trung trong danh sách. ${description}`,
    noneYet: "Chưa có dự án nào trong danh sách nhắc đến mục này.",
    roleOn: (chain: string, roles: string) => `Trên ${chain}: ${roles}`,
    follow: (name: string) => `thay đổi trên ${name}`,
  },
  project: {
    metaDescription: (tagline: string, category: string) =>
      `${tagline}. Danh mục ${category}, thông tin có dẫn nguồn.`,
    alsoKnownAs: (names: string) => `Tên gọi khác: ${names}`,
    supplies: "Cung cấp",
    mayBeOutdated: (date: string) => `⚠ Có thể đã lỗi thời: rà soát lần cuối ngày ${date}`,
    compareWith: "So sánh với…",
    compareWithProject: (name: string) => `So sánh với ${name}`,
    facts: "Thông tin",
    sources: "Nguồn",
    lastReviewed: (date: string) => `Rà soát lần cuối ngày ${date}.`,
    factsChanged: (date: string) => `Thông tin thay đổi lần cuối ngày ${date}.`,
    edit: "Sửa trang này",
    related: "Dự án liên quan",
    notTranslated: "Phần mô tả này chưa được dịch nên đang hiển thị bằng tiếng Anh.",
    englishNewer: "Bản tiếng Anh của phần mô tả này mới hơn bản dịch.",
    englishVersion: "Đọc bản tiếng Anh",
    none: "Không có",
    unknown: "Chưa rõ",
    addSource: "(bổ sung nguồn)",
    sourceMark: (number: number) => `nguồn ${number}`,
  },
  trust: {
    title: "Mô hình tin cậy",
    metaDescription:
      "Khi dùng một mạng AI phi tập trung, bạn đang đặt niềm tin vào ai: ai kiểm tra công việc, ai được tham gia cung cấp, tiền đi thế nào, kẻ gian lận chịu rủi ro gì và ai nắm giữ khóa. Mọi đánh giá đều có dẫn nguồn.",
    intro: (categories: string) =>
      `Nếu nhà cung cấp trả về kết quả sai, ai sẽ phát hiện? Ai cũng tham gia được chứ? Tiền của người mua được giữ on-chain hay do một công ty thu phí? Kẻ gian lận mất gì, và ai có quyền thay đổi quy tắc? Mọi dự án thuộc ${categories} đều trả lời năm câu hỏi này tại đây, mỗi câu trả lời đều có nguồn; các dự án khác cũng được đánh giá khi phù hợp.`,
    ratedProjects: (count: number) => `${count} dự án đã được đánh giá`,
    known: "Những gì đã biết",
    axis: "Tiêu chí",
    rated: "Đã đánh giá",
    unknown: "Chưa rõ",
    coverageCaption: "Số câu trả lời đã đánh giá và chưa rõ theo từng tiêu chí",
    guideTitle: "Cách đọc bảng",
    guide:
      "Mỗi dự án được đánh giá trả lời năm câu hỏi. Mỗi câu trả lời gồm một giá trị trong danh sách cố định, một hai câu giải thích lý do và các nguồn làm căn cứ; khi không nguồn nào chúng tôi đọc được trả lời dứt khoát, câu trả lời là “chưa rõ”, kèm ghi chú những gì đã tìm. Mức đánh giá cho biết người mua phải tin vào người khác đến đâu, chứ không nói dự án tốt hay dở.",
    grades: "Mức đánh giá",
    sectionIntro:
      "Người mua phải tin vào ai, xét theo từng tiêu chí. Cánh hoa càng dài và càng xanh thì càng ít phải tin; màu xám nghĩa là chưa có nguồn nào trả lời dứt khoát.",
    howGraded: "Cách chấm từng tiêu chí",
    notRated: "Chưa được đánh giá.",
    addRating: "Bổ sung đánh giá có nguồn",
    project: "Dự án",
    tableLabel: "Bảng mô hình tin cậy, có thể cuộn",
    tableCaption: "Mô hình tin cậy của mọi dự án đã đánh giá, mỗi cột một tiêu chí",
    rosetteLabel: (name: string | undefined, axes: string) =>
      `${name ? `Mô hình tin cậy của ${name}` : "Mô hình tin cậy"}: ${axes}`,
  },
  prices: {
    title: "Chỉ số giá GPU",
    crumb: "Giá GPU",
    metaDescription:
      "Giá thuê một giờ H100, A100, RTX 4090 và các GPU khác trên các mạng phi tập trung, đặt cạnh các nền tảng đám mây lớn: đô la mỗi giờ GPU, có ngày và nguồn.",
    intro:
      "Giá tính bằng đô la cho một GPU trong một giờ, theo từng mẫu GPU, lấy từ số liệu công bố mới nhất của mỗi nhà cung cấp. Mạng phi tập trung được vẽ bằng màu; các nền tảng đám mây tập trung, dùng làm mốc so sánh, có màu xám và đánh dấu ◇. Khi nguồn báo giá cho cả máy hoặc dùng đơn vị khác, bảng ghi con số đúng như được công bố và cách chia ra; không có con số nào là ước tính.",
    kinds: (kinds: string, stale: number, current: number) =>
      `Loại giá: ${kinds}. Số liệu cũ hơn ${stale} ngày được đánh dấu là cũ; số liệu cũ hơn ${current} ngày bị đưa ra khỏi bảng và chỉ còn trong lịch sử của mẫu GPU đó. Mạng nào không công bố giá sẽ được ghi rõ trên trang của mạng đó.`,
    gpuTitle: (gpu: string) => `${gpu}: giá mỗi giờ GPU`,
    gpuMetaDescription: (gpu: string) =>
      `Giá thuê một giờ ${gpu} trên các mạng phi tập trung và các nền tảng đám mây tập trung, có ngày và nguồn.`,
    history: "Lịch sử",
    historyIntro: (gpu: string) =>
      `Mọi lần ghi nhận giá ${gpu} trong danh sách, theo từng nhà cung cấp, mới nhất trước.`,
    noCurrent: "Không có mức giá nào trong năm qua.",
    chartTitle: (gpu: string) => `${gpu}: đô la mỗi giờ GPU theo nhà cung cấp, rẻ nhất trước`,
    tableCaption: (gpu: string) => `Giá ${gpu} mỗi giờ GPU`,
    provider: "Nhà cung cấp",
    type: "Loại",
    perGpuHour: "$ mỗi giờ GPU",
    observed: "Ngày ghi nhận",
    kind: "Loại giá",
    source: "Nguồn",
    decentralized: "Mạng phi tập trung",
    centralized: (kind: string) => `Tập trung: ${kind}`,
    stale: (days: number | string) => `cũ: đã ${days} ngày`,
    asPublished: (raw: string) => `Theo công bố: ${raw}.`,
    scrollable: (caption: string) => `${caption}, có thể cuộn`,
    projectHeading: "Giá GPU",
    noPublicPrice: (date: string) =>
      `Không có giá công khai: chúng tôi không tìm thấy mức giá theo từng GPU nào do mạng này công bố (kiểm tra ngày ${date}). Xem`,
    indexLink: "chỉ số giá",
    forNetworksThatPublish: "để biết giá của các mạng có công bố.",
    perGpuHourShort: "mỗi giờ GPU",
    comparedOn: "So sánh với các mạng khác và các nền tảng đám mây lớn trong",
    staleMark: " (cũ)",
  },
  history: {
    heading: "Lịch sử",
    shallow:
      "Bản build này của trang chỉ có một phần lịch sử git, nên các thay đổi cũ hơn không có trong danh sách dưới đây.",
    unavailable:
      "Bản build này của trang không có lịch sử git (shallow clone hoặc bản lưu trữ), nên không thể liệt kê tại đây các thay đổi của những thông tin này; kho mã vẫn lưu giữ chúng.",
    none: "Lịch sử không ghi nhận thay đổi nào đối với những thông tin này.",
    follow: (about: string) => `Theo dõi ${about}`,
    followText:
      ": feed Atom ghi lại mọi thay đổi của những thông tin này; dán địa chỉ feed vào trình đọc feed để được báo khi có thay đổi.",
    changesTitle: "Thay đổi",
    changesDescription:
      "Mọi thay đổi trong các thông tin có dẫn nguồn của DeAI Atlas, mới nhất trước: trạng thái, chuỗi, đánh giá độ tin cậy, giá. Lọc theo danh mục, chuỗi và loại thông tin, hoặc theo dõi qua feed.",
    changesIntro:
      "Mọi thay đổi trong thông tin của các dự án, đọc từ lịch sử git của trang: mỗi dự án một mục cho mỗi commit, ghi rõ những gì được thêm, xóa hoặc sửa. Các chỉnh sửa chỉ động đến nguồn và ngày rà soát không được liệt kê.",
    shallowSite: "Bản build này chỉ có một phần lịch sử git, nên thiếu các thay đổi cũ hơn.",
    unavailableSite:
      "Bản build này không có lịch sử git (shallow clone hoặc bản lưu trữ), nên không thể liệt kê thay đổi nào; kho mã vẫn lưu giữ chúng.",
    everyChange: "mọi thay đổi",
  },
  share: {
    heading: "Nhúng vào trang khác",
    embed: "Thẻ nhúng (HTML)",
    badge: "Huy hiệu cho README (Markdown)",
    copyEmbed: "Sao chép iframe",
    copyBadge: "Sao chép huy hiệu",
  },
  stats: {
    title: "Thống kê",
    description:
      "Số dự án AI phi tập trung trong danh sách theo chuỗi và danh mục, theo tài nguyên và theo năm ra mắt.",
    intro: (count: number) =>
      `Số liệu tính trên ${count} dự án trong danh sách. Dự án chạy trên nhiều chuỗi được tính một lần cho mỗi chuỗi.`,
    byChain: "Dự án theo chuỗi và danh mục",
    byChainCaption: "Số dự án theo chuỗi (hàng) và danh mục (cột)",
    chain: "Chuỗi",
    total: "Tổng",
    cellLabel: (count: number, chain: string, category: string) =>
      `${count} dự án trên ${chain} thuộc ${category}`,
    byResource: "Dự án theo tài nguyên",
    resource: "Tài nguyên",
    byYear: "Dự án theo năm ra mắt",
    year: "Năm",
    projects: "Dự án",
    unknownYear: (count: number) => `${count} dự án chưa rõ năm ra mắt.`,
    chartOf: (title: string) => `${title}, dạng biểu đồ cột`,
  },
  landscape: {
    title: "Toàn cảnh",
    description: "Toàn bộ dự án AI phi tập trung trong danh sách trên cùng một trang, theo danh mục.",
    intro:
      "Mọi dự án trong danh sách, nhóm theo danh mục. Mỗi ô hiển thị một ký hiệu chữ tự tạo (chúng tôi không dùng logo) và các chuỗi mà dự án chạy trên đó.",
  },
  search: {
    title: "Tìm kiếm",
    heading: "Tìm kiếm dự án",
    description:
      "Tìm dự án AI phi tập trung theo tên, token, chuỗi, tài nguyên hoặc loại tác vụ, kèm bộ lọc.",
    intro:
      "Gõ bất kỳ phần nào của tên, tên cũ, mã token, chuỗi, tài nguyên hoặc một từ trong phần mô tả; gõ sai chính tả một chút hoặc gõ không dấu vẫn tìm được. Gõ hai tên nối bằng “vs” để được gợi ý bảng so sánh hai dự án đó. Bộ lọc giúp thu hẹp kết quả, và địa chỉ trang lưu lại toàn bộ những gì đang xem, nên mở lại liên kết sẽ thấy đúng như vậy.",
    loading: "Đang tải công cụ tìm kiếm…",
    noScript: (count: number) =>
      `Tìm kiếm cần JavaScript. Dưới đây là toàn bộ ${count} dự án, theo danh mục.`,
  },
  compare: {
    title: "So sánh dự án",
    description:
      "Đặt hai đến bốn dự án AI phi tập trung cạnh nhau: chuỗi và vai trò, mô hình tin cậy, giá GPU, năm ra mắt token và dự án, mọi thông tin đều có nguồn.",
    intro:
      "Đưa hai đến bốn dự án vào cùng một bảng: chuỗi, token và hợp đồng của chúng nằm ở đâu, mô hình tin cậy, giá GPU, năm ra mắt token và dự án, mỗi giá trị kèm nguồn gốc. Các hàng có giá trị khác nhau giữa các dự án được đánh dấu, và địa chỉ trang lưu lại lựa chọn, nên có thể chia sẻ bảng so sánh bằng một liên kết.",
    loading: "Đang tải bảng so sánh…",
    noScript:
      "Bảng so sánh được dựng ngay trong trình duyệt nên cần JavaScript. Trang của từng dự án cũng liệt kê đầy đủ các thông tin có dẫn nguồn đó:",
  },
  data: {
    title: "Dữ liệu mở",
    description:
      "Tải danh sách của DeAI Atlas dưới dạng JSON hoặc CSV, kèm các bộ từ vựng, giá, lịch sử, feed và một API có phiên bản.",
    intro:
      "Mọi nội dung trên trang này đều lấy từ các tệp văn bản thuần, và chính dữ liệu đã được kiểm tra hợp lệ đó được công bố tại đây sau mỗi lần build. Dữ liệu được cấp phép theo [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): bạn được tự do tái sử dụng, chỉ cần ghi công DeAI Atlas và, khi trích dẫn một thông tin, ghi cả nguồn của thông tin đó. Nhãn trong dữ liệu luôn bằng tiếng Anh dù bạn xem phiên bản nào; các tệp từ vựng có kèm tên tiếng Việt.",
    files: {
      "projects.json":
        "Mọi dự án cùng mọi thông tin trong sổ đăng ký thông tin (fact registry), theo đúng thứ tự của nó: {fields}. activity là dấu hiệu hoạt động gần nhất có ghi ngày; chains được suy ra từ deployments; trust gồm năm tiêu chí, kèm lý do và nguồn. Thông tin đã xác nhận là không có mang giá trị none; thông tin chưa rõ thì không xuất hiện.",
      "projects.csv":
        "Cũng các dự án đó, mỗi dự án một hàng, để mở bằng bảng tính. Các trường dạng danh sách được nối bằng “;”, links ở dạng kind=url, deployments ở dạng chain:role:address, sources là các URL của nguồn, activity và trust mỗi phần một cột; cách đặt dấu ngoặc kép theo RFC 4180.",
      "prices.json":
        "Chỉ số giá GPU: mỗi lần ghi nhận là một bản ghi, gồm nhà cung cấp, mẫu GPU, giá USD mỗi giờ GPU, ngày, loại giá (list, market, spot, quote), URL nguồn và cách tính nếu con số đã được quy đổi.",
      "prices.csv": "Cũng các lần ghi nhận giá đó, mỗi lần một hàng.",
      "prices.schema.json": "JSON Schema của prices.json.",
      "changes.json": "Mọi thay đổi trong thông tin của các dự án, mới nhất trước, đọc từ lịch sử git.",
      "categories.json": "Các danh mục: slug, tên, thứ tự, mô tả, số dự án và url của trang.",
      "chains.json":
        "Bộ từ vựng về chuỗi: slug, tên, mô tả, ownChainOf cho chuỗi riêng của một dự án, số dự án và url, kèm phần mô tả tiếng Việt.",
      "resources.json":
        "Bộ từ vựng về tài nguyên: slug, tên, mô tả, số dự án và url, kèm tên và mô tả tiếng Việt.",
      "project.schema.json":
        "JSON Schema cho phần frontmatter của tệp dự án, sinh ra từ schema zod của trang; trình soạn thảo có thể dùng nó để kiểm tra tệp.",
    } as Record<string, string>,
    apiTitle: "API",
    apiIntro:
      "Cũng dữ liệu đó dưới dạng API tĩnh có phiên bản, dành cho các trang web và công cụ đọc dữ liệu thường xuyên. Trong phiên bản 1, các trường chỉ được thêm vào: không trường nào bị đổi tên hay xóa bỏ, nên chương trình viết hôm nay vẫn chạy được về sau. Nếu có phiên bản mới, nó sẽ có địa chỉ mới, còn địa chỉ cũ được giữ lại cho đến khi người dùng đã chuyển sang.",
    api: {
      index: "Mọi dự án với toàn bộ thông tin, thời điểm tạo dữ liệu, phiên bản schema và giấy phép.",
      project:
        "Một dự án (theo slug bất kỳ): thông tin của dự án, các lần ghi nhận giá GPU và lịch sử thông tin, từng thay đổi một, kèm ngày và commit.",
      indexSchema: "JSON Schema của index.json.",
      projectSchema: "JSON Schema của một tệp dự án.",
    },
    feedsTitle: "Feed, thẻ nhúng và huy hiệu",
    feeds:
      "Các thay đổi về thông tin được công bố dưới dạng feed Atom: [mọi thay đổi](/feed.xml), cùng một feed riêng cho mỗi dự án, danh mục và chuỗi (mỗi trang đều có liên kết tới feed của mình). Có thể hiển thị thẻ của một dự án trên trang web khác bằng iframe /embed/projects/<slug>/, một bảng so sánh bằng /embed/compare/?projects=a,b, và README có thể gắn huy hiệu /badges/<slug>.svg; trang của mỗi dự án có sẵn các đoạn mã để sao chép.",
    correctionsTitle: "Đính chính",
    corrections:
      "Phát hiện thông tin sai hoặc đã cũ? Trang của mỗi dự án có liên kết tới tệp của nó; hãy sửa tệp, dẫn trang làm căn cứ cho thay đổi và mở một pull request.",
  },
  about: {
    title: "Về dữ liệu",
    description:
      "Dữ liệu của DeAI Atlas đến từ đâu, thông tin được kiểm tra và rà soát thế nào, những dự án nào không được đưa vào và vì sao.",
    originTitle: "Nguồn gốc",
    origin: (count: number) =>
      `Danh sách dự án bắt nguồn từ bài viết [“Decentralizing AI: An Overview”](https://github.com/cuckoo-network/cuckoo/blob/main/packages/home/blog/2024-05-11-decentralizing-ai-overview.md) của Cuckoo Network (tháng 5 năm 2024, phát hành theo Apache License 2.0), vốn chia lĩnh vực này thành bảy mảng. Chúng tôi giữ lại các dự án trong bài, bổ sung các dự án học máy zero-knowledge (ZKML), mảng mà bài viết có nêu tên, và trong năm 2026 mở rộng bản đồ theo đúng hiện trạng của lĩnh vực: các đợt huấn luyện phi tập trung, nền tảng agent, mạng dữ liệu và điện toán bảo mật, tổng cộng ${count} dự án. Mọi phần mô tả đều được viết mới; không có đoạn nào sao chép từ bài viết hay từ trang của các dự án.`,
    checksTitle: "Cách kiểm tra thông tin",
    checks: (days: number) =>
      `Mỗi dự án là một tệp, và mỗi thông tin trong đó đều ghi rõ các nguồn làm căn cứ: chuỗi, token và hợp đồng của dự án nằm ở đâu (kèm địa chỉ và liên kết trình khám phá khối), dự án cung cấp gì, năm ra mắt token và dự án, trạng thái và dấu hiệu hoạt động gần nhất có ghi ngày. Mỗi tệp dẫn ít nhất hai nguồn, trong đó ít nhất một nguồn độc lập với dự án. Thông tin chưa được nguồn nào xác nhận sẽ hiện là “chưa rõ”, không bao giờ phỏng đoán; điều đã xác nhận là không có, chẳng hạn dự án không có token, sẽ hiện là “không có” và kèm nguồn. Một dự án chỉ được coi là đang hoạt động khi có dấu hiệu hoạt động trong vòng ${days} ngày tính đến lần rà soát. Quá trình build sẽ từ chối mọi tệp vi phạm các quy tắc này.`,
    tools:
      "Các dự án bán tài nguyên điện toán, mô hình hoặc bằng chứng còn được đánh giá theo [mô hình tin cậy](/trust/), mỗi đánh giá đều có nguồn, và các mạng có công bố giá xuất hiện trong [chỉ số giá GPU](/prices/). Mọi thay đổi về thông tin đều được lưu trong lịch sử của trang và công bố trên [trang thay đổi](/changes/) cùng các feed của trang này.",
    reviewTitle: "Tần suất rà soát",
    review: (days: number) =>
      `Mỗi tệp ghi lại ngày được kiểm tra lần cuối. Trang nào có lần rà soát cách đây hơn ${days} ngày sẽ ghi rõ điều đó, và chúng tôi đặt mục tiêu rà soát mỗi dự án ít nhất hai lần một năm. Mọi đính chính đều được hoan nghênh dưới dạng pull request.`,
    editionTitle: "Phiên bản tiếng Việt",
    edition:
      "Mọi trang đều có bản tiếng Việt dưới /vi/, được viết bằng tiếng Việt chứ không dịch máy. Phần mô tả dự án được dịch theo từng tệp; trang nào chưa có bản dịch, hoặc có bản dịch cũ hơn tệp tiếng Anh, sẽ ghi rõ điều đó và dẫn liên kết tới bản tiếng Anh.",
    consideredTitle: "Đã xem xét nhưng không đưa vào",
    considered:
      "Các ứng viên đã được xem xét khi mở rộng bản đồ nhưng bị loại, vì hóa ra là dịch vụ tập trung hoặc không có mạng nào đang chạy để mô tả.",
    unverifiedTitle: "Có tên trong bài gốc nhưng chưa xác minh được",
    unverified:
      "Các dự án này có trong bài viết gốc, nhưng chúng tôi không tìm thấy nguồn công khai nào để kiểm chứng, nên chưa có trang riêng.",
  },
  embed: {
    sourcedFrom: "Thông tin có dẫn nguồn từ",
    reviewed: (date: string) => `, rà soát ngày ${date}. Dữ liệu theo giấy phép CC BY 4.0.`,
  },
};
