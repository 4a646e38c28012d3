/** An exercise block with extra YAML `fields`, for vectors hidden in exercise fields. */
export const exercise = (fields: string) => `\`\`\`exercise
id: safe-id
name: Calf raise
start: Stand tall.
steps:
  - Lift.
reps: 10
sets: 2
tempo: Slow.
feel: Warm.
safety:
  - Stop if it hurts.
easier: Less.
harder: More.
${fields}
\`\`\``;

/**
 * Known XSS vectors, as a coach might paste them into a lesson: the sanitiser tests render each
 * one, and the admin preview and editor tests type them into their fields.
 */
export const xssVectors: readonly (readonly [name: string, markdown: string])[] = [
  ["raw script", "<script>alert(1)</script>"],
  ["uppercase script with src", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>"],
  ["img onerror", "<img src=x onerror=alert(1)>"],
  ["inline img onerror in a paragraph", 'Look: <img src="x" onerror="alert(1)"/> here'],
  ["img eval(src) trick", "<img src=x:alert(alt) onerror=eval(src) alt=0>"],
  ["markdown javascript: link", "[x](javascript:alert(1))"],
  ["mixed-case javascript: link", "[x](JaVaScRiPt:alert(1))"],
  ["decimal entity javascript: link", "[x](&#106;avascript:alert(1))"],
  ["named entity colon", "[x](javascript&colon;alert(1))"],
  ["tab inside scheme", "[x](java&#x09;script:alert(1))"],
  [
    "fully hex-encoded scheme",
    "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
  ],
  ["leading control character", "[x](&#x0E;javascript:alert(1))"],
  ["data: html link", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"],
  ["vbscript: link", "[x](vbscript:msgbox(1))"],
  ["javascript: autolink", "<javascript:alert(1)>"],
  ["reference link", "[x][evil]\n\n[evil]: javascript:alert(1)"],
  ["reference image", "![x][evil]\n\n[evil]: javascript:alert(1)"],
  ["javascript: image", "![x](javascript:alert(1))"],
  ["data: svg image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)"],
  [
    "link title breaking out of its quotes",
    '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")',
  ],
  ["raw anchor with javascript:", '<a href="javascript:alert(1)">x</a>'],
  ["iframe", '<iframe src="https://evil.example"></iframe>'],
  ["iframe srcdoc", '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ["object", '<object data="evil.swf"></object>'],
  ["embed", '<embed src="evil.swf">'],
  ["svg script", "<svg><script>alert(1)</script></svg>"],
  ["svg onload", "<svg onload=alert(1)>"],
  ["math mXSS", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"],
  ["noscript mXSS", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
  ["style attribute url(javascript:)", '<p style="background:url(javascript:alert(1))">x</p>'],
  ["style attribute expression()", '<div style="width: expression(alert(1))">x</div>'],
  ["style element", "<style>body{background:url(javascript:alert(1))}</style>"],
  ["meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ["base href", '<base href="javascript:alert(1)//">'],
  ["form action", '<form action="javascript:alert(1)"><button>x</button></form>'],
  ["details ontoggle", "<details open ontoggle=alert(1)>"],
  ["input onfocus", "<input autofocus onfocus=alert(1)>"],
  ["unknown element with handler", '<xss onclick="alert(1)">x</xss>'],
  ["HTML comment hiding script", "<!-- <script>alert(1)</script> -->"],
  ["CDATA", "<![CDATA[<script>alert(1)</script>]]>"],
  ["callout with on* attribute", ':::callout{kind="info" onclick="alert(1)" title="x"}\ntext\n:::'],
  [
    "callout title breaking out",
    ':::callout{kind="tip" title="x\\" onmouseover=\\"alert(1)"}\ntext\n:::',
  ],
  ["keypoints with handler", ':::keypoints{onmouseover="alert(1)" style="color:red"}\n- a\n:::'],
  ["figure javascript: src", '::figure{src="javascript:alert(1)" alt="x"}'],
  ["figure data: src", '::figure{src="data:image/png;base64,AAAA" alt="x"}'],
  [
    "figure alt breaking out",
    "::figure{src=\"images/a.svg\" alt='x\" onerror=\"alert(1)' caption='<script>alert(1)</script>'}",
  ],
  ["figure with onerror attribute", '::figure{src="images/a.svg" alt="x" onerror="alert(1)"}'],
  [
    "exercise with HTML in fields",
    exercise("")
      .replace("Calf raise", '"<img src=x onerror=alert(1)>"')
      .replace("Stand tall.", '"<script>alert(1)</script>"'),
  ],
  [
    "exercise id breaking out",
    exercise("").replace("id: safe-id", "id: 'x\" onmouseover=\"alert(1)'"),
  ],
  ["unknown directive", '::video{src="javascript:alert(1)" onload="alert(1)"}'],
  ["text directive", 'Press :button[go]{onclick="alert(1)"} now'],
  ["heading with HTML", "## <img src=x onerror=alert(1)> Title"],
  [
    "footnote label injection",
    'Text[^"><img src=x onerror=alert(1)>]\n\n[^"><img src=x onerror=alert(1)>]: note',
  ],
  [
    "gfm autolink literal with javascript",
    "www.example.com/javascript:alert(1) and javascript:alert(1)",
  ],
];
