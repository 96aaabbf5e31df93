/// The style sheet and script of the page view (`PageView`), kept apart from its HTML.
extension PageView {
    static let css = """
    :root{--z:.8}
    body{font:13px/1.4 system-ui,sans-serif;margin:0;color:#222;background:#eceff1}
    #bar{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid #bbb;padding:6px 12px}
    #bar .tools{margin-left:1em}#bar button{min-width:2em}.muted{color:#777}.error{color:#b00}
    .legend{margin-top:3px;font-size:12px}.key{display:inline-block;padding:0 6px;border:2px solid;border-radius:2px;margin-right:2px}
    main{padding:10px}
    .row{display:grid;grid-template-columns:auto minmax(280px,1fr);gap:10px;margin-bottom:14px;align-items:stretch}
    .sheet{position:relative;width:calc(var(--w)*var(--z));height:calc(var(--h)*var(--z));background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.35)}
    .sheet img,.sheet .blank{position:absolute;inset:0;width:100%;height:100%}
    .sheet svg{position:absolute;inset:0;width:100%;height:100%;overflow:visible}
    .pno{position:absolute;right:4px;bottom:-16px;font-size:11px;color:#555}
    .side{position:relative;background:#fff;border:1px solid #ccc;min-height:200px}
    .side .inner{position:absolute;inset:0;overflow:auto;padding:6px 8px}
    .e{padding:3px 4px;border-left:4px solid #ccc;margin:3px 0;cursor:pointer;white-space:pre-wrap}
    .e .tag{font-size:11px;font-weight:600;color:#444}.e.sel{background:#fff5c0}.e pre{margin:2px 0;font-size:11px;white-space:pre-wrap}
    .e.unplaced{opacity:.75}
    table.meta{border-collapse:collapse;margin-bottom:8px;font-size:12px}table.meta caption{text-align:left;font-weight:600}
    table.meta th,table.meta td{border:1px solid #ddd;padding:1px 5px;text-align:left;vertical-align:top}
    rect.m{fill:transparent;stroke-width:1;cursor:pointer;vector-effect:non-scaling-stroke}
    rect.m:hover{fill:rgba(255,230,0,.18)}rect.m.sel{stroke-width:3;fill:rgba(255,230,0,.25)}
    .k-paragraph{stroke:#1565c0;border-color:#1565c0}.k-heading{stroke:#2e7d32;border-color:#2e7d32}
    .k-table{stroke:#00838f;border-color:#00838f}.k-item{stroke:#6a1b9a;border-color:#6a1b9a}
    .k-footnote{stroke:#ef6c00;border-color:#ef6c00}.k-furniture{stroke:#757575;border-color:#757575}
    .k-finding{stroke:#c62828;border-color:#c62828}.k-link{border-color:#ef6c00;border-style:dashed}
    rect.k-finding{stroke-width:2;stroke-dasharray:4 2}rect.k-ref{stroke:none;pointer-events:none}
    rect.k-leadin{fill:rgba(255,193,7,.35);stroke:none;pointer-events:none}.key.k-leadin{background:rgba(255,193,7,.35);border-color:transparent}
    .e.k-paragraph{border-color:#1565c0}.e.k-heading{border-color:#2e7d32}.e.k-table{border-color:#00838f}
    .e.k-item{border-color:#6a1b9a;margin-left:12px}.e.k-footnote{border-color:#ef6c00}.e.k-furniture{border-color:#757575;color:#555}
    .e.k-finding{border-color:#c62828;color:#8b0000}
    line.link{stroke:#ef6c00;stroke-width:1.2;stroke-dasharray:3 2;vector-effect:non-scaling-stroke;pointer-events:none}
    text.lbl{font-size:6px;paint-order:stroke;stroke:#fff;stroke-width:2px;pointer-events:none;font-family:system-ui,sans-serif}
    text.lbl.k-paragraph{fill:#1565c0}text.lbl.k-heading{fill:#2e7d32}text.lbl.k-table{fill:#00838f}text.lbl.k-item{fill:#6a1b9a}
    text.lbl.k-footnote{fill:#ef6c00}text.lbl.k-furniture{fill:#616161}text.lbl.k-finding{fill:#c62828;font-weight:bold}
    body.nolabels g.labels{display:none}
    #json{position:fixed;right:12px;bottom:12px;width:min(560px,45vw);max-height:60vh;overflow:auto;background:#fff;border:1px solid #888;box-shadow:0 2px 10px rgba(0,0,0,.3);z-index:10;padding:6px 10px}
    #json pre{font-size:12px;white-space:pre-wrap;margin:4px 0}#json #close{float:right}#jsonwhere{font-weight:600}
    .noimage{color:#777;font-style:italic;margin:2px 0}
    """

    static let script = """
    (function(){
      var marks=JSON.parse(document.getElementById('marks').textContent);
      var z=0.8, body=document.body;
      function setZoom(v){z=Math.max(0.3,Math.min(3,v));document.documentElement.style.setProperty('--z',z);
        document.getElementById('zoomlevel').textContent=Math.round(z*100/0.8)+'%';}
      document.getElementById('zoomin').onclick=function(){setZoom(z*1.25)};
      document.getElementById('zoomout').onclick=function(){setZoom(z/1.25)};
      document.getElementById('labels').onchange=function(e){body.classList.toggle('nolabels',!e.target.checked)};
      function pretty(i){return JSON.stringify(marks[i],null,2)}
      document.getElementById('sidemode').onchange=function(e){
        var json=e.target.value==='json';
        document.querySelectorAll('.e').forEach(function(el){
          var pre=el.querySelector('pre');
          if(json&&!pre){pre=document.createElement('pre');pre.textContent=pretty(+el.dataset.m);el.appendChild(pre)}
          if(pre)pre.hidden=!json; el.querySelector('.t').hidden=json;
        });
      };
      var panel=document.getElementById('json');
      document.getElementById('close').onclick=function(){panel.hidden=true};
      function select(i,from){
        document.querySelectorAll('.sel').forEach(function(el){el.classList.remove('sel')});
        document.querySelectorAll('[data-m="'+i+'"]').forEach(function(el){el.classList.add('sel');
          if(from==='box'&&el.classList.contains('e'))el.scrollIntoView({block:'nearest'});});
        var el=document.querySelector('rect[data-m="'+i+'"]');
        document.getElementById('jsonwhere').textContent=(el?el.querySelector('title').textContent:'')+'';
        panel.querySelector('pre').textContent=pretty(i); panel.hidden=false;
      }
      document.querySelectorAll('rect.m').forEach(function(r){r.addEventListener('click',function(){select(+r.dataset.m,'box')})});
      document.querySelectorAll('.e').forEach(function(e){e.addEventListener('click',function(){select(+e.dataset.m,'side')})});
      // Page images are decoded only when their page nears the window.
      function load(img){if(!img.getAttribute('src'))img.src=img.dataset.src}
      var imgs=document.querySelectorAll('img[data-src]');
      // The first two pages load with the document (the window's load event waits for them).
      for(var k=0;k<Math.min(2,imgs.length);k++)load(imgs[k]);
      if('IntersectionObserver' in window){
        var io=new IntersectionObserver(function(es){es.forEach(function(e){if(e.isIntersecting){load(e.target);io.unobserve(e.target)}})},{rootMargin:'1200px 0px'});
        imgs.forEach(function(i){io.observe(i)});
      } else imgs.forEach(load);
      // Loads every page image; resolves when each has loaded or failed (for printing and tests).
      window.docstructLoadAllPages=function(){
        return Promise.all(Array.prototype.map.call(imgs,function(i){return new Promise(function(done){
          if(i.getAttribute('src')&&i.complete){done();return}
          i.addEventListener('load',function(){done()});i.addEventListener('error',function(){done()});load(i);
        })}));};
      setZoom(z);
    })();
    """
}
