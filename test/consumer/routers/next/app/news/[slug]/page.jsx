// The route the recipe pushes: /news/port?from=feed shows "port".
export default async function Article({params}) {
  const {slug} = await params;
  return <h1 id="article">{slug}</h1>;
}
