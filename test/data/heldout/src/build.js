// shared by test/data/heldout and test/data/heldout2: writes NAME.txt and NAME.gold.json beside the src/ folder of each .src file
// markup: [[t:text]] entity (t in p,o,l,d,q); {{claim text||claimant|kind|topic|value}}
const fs=require('fs');const T={p:'person',o:'organization',l:'location',d:'date',q:'quantity'};
for (const f of process.argv.slice(2)) {
  const src=fs.readFileSync(f,'utf8'); let out='';const ents=[],claims=[];let cl=null;let i=0;
  while(i<src.length){
    if(src.startsWith('[[[',i)){out+='[';i++;continue;} // literal '[' before an entity, e.g. Al Jazeera captions "[Name/AFP]"
    if(src.startsWith('[[',i)){const j=src.indexOf(']]',i);const inner=src.slice(i+2,j);const t=inner[0];if(!T[t]||inner[1]!==':')throw Error('bad ent '+inner);
      const s=out.length;out+=inner.slice(2);ents.push({start:s,end:out.length,text:inner.slice(2),type:T[t]});i=j+2;continue;}
    if(src.startsWith('{{',i)){if(cl)throw Error('nested claim at '+out.slice(-50));cl={start:out.length};i+=2;continue;}
    if(cl&&src.startsWith('||',i)){const j=src.indexOf('}}',i);const [claimant,kind,topic,value]=src.slice(i+2,j).split('|');
      if(!['claim','estimate','report'].includes(kind))throw Error('kind '+kind);
      claims.push({start:cl.start,end:out.length,text:out.slice(cl.start),claimant,kind,topic,value:value==='null'?null:value});cl=null;i=j+2;continue;}
    out+=src[i];i++;
  }
  if(cl) throw Error('unclosed claim');
  if(/\[\[|\]\]|\{\{|\}\}|\|\|/.test(out)) throw Error('leftover markup');
  const name=f.replace(/.*\//,'').replace(/\.src$/,'');
  const dir=require('path').resolve(require('path').dirname(f),'..')+'/';fs.mkdirSync(dir,{recursive:true});
  fs.writeFileSync(dir+name+'.txt',out);
  const content=fs.readFileSync(dir+name+'.txt','utf8');
  for(const e of ents){if(content.slice(e.start,e.end)!==e.text||e.text!==e.text.trim())throw Error('mismatch '+e.text)}
  for(let k=1;k<ents.length;k++)if(ents[k].start<ents[k-1].end)throw Error('overlap');
  const topics='control casualties attacks displacement talks withdrawal governance humanitarian other'.split(' ');
  for(const c of claims){if(content.slice(c.start,c.end)!==c.text)throw Error('cm');if(!topics.includes(c.topic))throw Error('topic '+c.topic);
    if(/^[\s"“”'’.,]|[\s"“”'.,]$/.test(c.text))console.warn('WARN claim edge:',JSON.stringify(c.text.slice(0,30)),JSON.stringify(c.text.slice(-20)));}
  fs.writeFileSync(dir+name+'.gold.json',JSON.stringify({file:name+'.txt',entities:ents,claims},null,1)+'\n');
  const cnt={};for(const e of ents)cnt[e.type]=(cnt[e.type]||0)+1;
  console.log(name,content.length,'chars',JSON.stringify(cnt),'claims',claims.length);
}
